import { defineConfig } from 'vitest/config';

// CI asks for a JSON report too (VITEST_JSON_REPORT=<file>), to print the plain "N passed, N failed" line.
const jsonReport = process.env['VITEST_JSON_REPORT'];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
