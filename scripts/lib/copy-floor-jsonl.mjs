#!/usr/bin/env node
// The benchmark's copy floor for JSONL.gz (run by scripts/bench.ts as its own process): the least
// any tool that reads a .jsonl.gz and writes one must spend. Streams <in> through gunzip and gzip
// (at <level>, the one bersih writes with) into <out>, without looking at the records. Plain
// JavaScript on purpose: no tsx loader in the timing. Prints {"bytes":B,"uncompressedBytes":U} on stdout.
//
//   node scripts/lib/copy-floor-jsonl.mjs <in.jsonl.gz> <out.jsonl.gz> <level>

import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

const [input, out, level] = process.argv.slice(2);
if (input === undefined || out === undefined || !/^\d$/.test(level ?? '')) {
  process.stderr.write('usage: node scripts/lib/copy-floor-jsonl.mjs <in.jsonl.gz> <out.jsonl.gz> <level 0-9>\n');
  process.exit(2);
}

// Large chunks: fewer, bigger calls into zlib are the fastest way through it.
const CHUNK = 1 << 20;
let uncompressedBytes = 0;
async function* counted(chunks) {
  for await (const chunk of chunks) {
    uncompressedBytes += chunk.byteLength;
    yield chunk;
  }
}
const file = createWriteStream(out, { highWaterMark: CHUNK });
await pipeline(
  createReadStream(input, { highWaterMark: CHUNK }),
  createGunzip({ chunkSize: CHUNK }),
  counted,
  createGzip({ level: Number(level), chunkSize: CHUNK }),
  file,
);
process.stdout.write(`${JSON.stringify({ bytes: file.bytesWritten, uncompressedBytes })}\n`);
