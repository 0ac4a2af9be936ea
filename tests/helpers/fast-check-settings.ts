/**
 * Seeded fast-check settings shared by the property tests. `npm test` keeps the runs modest; for a
 * longer local hunt set the knobs, e.g. `FAST_CHECK_RUNS=5000 npx vitest run tests/properties.test.ts`:
 *
 * - `FAST_CHECK_RUNS`: runs of each in-memory property (default 150); file-system properties run
 *   a fiftieth of it (at least 2);
 * - `FAST_CHECK_SEED`: the seed (default fixed, so a failure reproduces; fast-check prints the seed
 *   and path of any counterexample).
 */

const DEFAULT_RUNS = 150;
const DEFAULT_SEED = 20_261_129;

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const propertyRuns = positiveInteger('FAST_CHECK_RUNS', DEFAULT_RUNS);
export const propertySeed = positiveInteger('FAST_CHECK_SEED', DEFAULT_SEED);

/** Settings for a property cleaning articles in memory. */
export const memoryProperty = { numRuns: propertyRuns, seed: propertySeed } as const;

/** Settings for a property that writes files and starts worker threads. */
export const fileProperty = { numRuns: Math.max(2, Math.floor(propertyRuns / 50)), seed: propertySeed } as const;
