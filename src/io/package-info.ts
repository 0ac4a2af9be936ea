/**
 * The package's own version, read from package.json once. `createRequire` rather than a JSON import:
 * package.json sits outside `rootDir`, and this file is two levels below the package root both as
 * `src/io/*.ts` (tests, `npm run dev`) and as `dist/io/*.js` (the bin), so one relative path fits both.
 */

import { createRequire } from 'node:module';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached === undefined) {
    const manifest = createRequire(import.meta.url)('../../package.json') as { version?: unknown };
    cached = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  }
  return cached;
}
