#!/usr/bin/env node
// The benchmark's copy floor (run by scripts/bench.ts as its own process): the least any tool that
// reads every article and writes one file per article must spend. Walks <src> for *.txt, reads each
// file with readFileSync and writes it unchanged with writeFileSync to the same relative path under
// <out>, creating each directory once. Plain JavaScript on purpose: no tsx loader in the timing.
// Prints {"files":N,"bytes":B} on stdout.
//
//   node scripts/copy-floor.mjs <src> <out>

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [src, out] = process.argv.slice(2);
if (src === undefined || out === undefined) {
  process.stderr.write('usage: node scripts/copy-floor.mjs <src> <out>\n');
  process.exit(2);
}

const made = new Set();
let files = 0;
let bytes = 0;

function walk(relative) {
  const entries = readdirSync(path.join(src, relative), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) walk(child);
    else if (entry.isFile() && entry.name.endsWith('.txt')) copy(child);
  }
}

function copy(relative) {
  const data = readFileSync(path.join(src, relative));
  const target = path.join(out, relative);
  const dir = path.dirname(target);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(target, data);
  files += 1;
  bytes += data.byteLength;
}

walk('');
process.stdout.write(`${JSON.stringify({ files, bytes })}\n`);
