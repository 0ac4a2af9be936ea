/** Reads a small text file the user named for configuration (rules), failing with a ConfigError naming it. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { errnoCode } from './read-article.js';

export function readConfigText(file: string, cwd: string): string {
  try {
    return readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read (${errnoCode(error) ?? String(error)})`);
  }
}
