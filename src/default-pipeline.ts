/** The order of the per-article passes: the only place it is decided. */

import { recogniseDateline } from './passes/dateline.js';
import { dedupParagraphs } from './passes/dedup-paragraphs.js';
import { mergeFragments } from './passes/merge-fragments.js';
import { normalizeLines } from './passes/normalize-lines.js';
import { stripBoilerplate } from './passes/strip-boilerplate.js';
import type { PipelineStep } from './pipeline.js';

export const defaultPipeline: readonly PipelineStep[] = [
  { pass: normalizeLines, enabled: () => true },
  { pass: stripBoilerplate, enabled: (options) => options.boilerplate },
  { pass: mergeFragments, enabled: (options) => options.merge },
  // Again after merging: joining fragments can assemble a marker that was split over lines
  // (the Kompas WhatsApp prompt), and a second run of bersih must find nothing left to strip.
  { pass: stripBoilerplate, enabled: (options) => options.boilerplate },
  { pass: dedupParagraphs, enabled: (options) => options.dedup },
  // Last: a split dateline is whole only after merging, and the lead is one paragraph only after
  // dedup. Dateline rules are part of the rule pack, so `boilerplate: false` switches it off too.
  { pass: recogniseDateline, enabled: (options) => options.boilerplate },
];
