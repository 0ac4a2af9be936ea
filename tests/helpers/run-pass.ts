/** Runs one pass on literal lines, numbering them from 1 like raw input. */

import { resolveOptions, type Options } from '../../src/options.js';
import type { ArticlePass } from '../../src/pipeline.js';
import type { PassOutput } from '../../src/types.js';

export function runPass(pass: ArticlePass, texts: readonly string[], options: Options = {}, site?: string): PassOutput {
  const lines = texts.map((text, index) => ({ text, from: [index + 1] }));
  return pass.run({ id: 'test', site, lines }, resolveOptions(options));
}

export function textsOf(output: PassOutput): string[] {
  return output.lines.map((line) => line.text);
}
