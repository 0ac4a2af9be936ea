/** Finds `<case>.raw.txt` / `<case>.clean.txt` pairs in a fixtures folder, sorted by name. */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureCase {
  readonly name: string;
  readonly raw: string;
  readonly clean: string;
}

export function fixtureCases(dir: string): FixtureCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.raw.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.raw.txt'.length);
      return {
        name,
        raw: readFileSync(join(dir, file), 'utf8'),
        clean: readFileSync(join(dir, `${name}.clean.txt`), 'utf8'),
      };
    });
}
