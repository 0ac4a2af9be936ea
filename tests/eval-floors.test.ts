/**
 * The accuracy floors, checked on the REAL built CLI (`npm run build` first; `npm test` does it) with
 * the same evaluation `npm run eval` prints (scripts/lib/evaluate.ts). When this fails, run
 * `npm run eval` to see which lines were lost or kept and why.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, staleBuild, type Evaluation } from '../scripts/lib/evaluate.js';

/** Share of dev documents whose output equals the gold byte for byte. */
const MIN_EXACT_RATE = 0.85;
/** Micro-averaged line F1 over the dev set. */
const MIN_LINE_F1 = 0.98;

/**
 * Dev documents allowed to lose gold lines, each with the reason (document id → why). Losing
 * content is the worst failure, so this starts empty and an entry needs a reviewed reason; an entry
 * whose document no longer loses anything fails the test, so the list cannot go stale.
 */
const KNOWN_LOSSES: Readonly<Record<string, string>> = {};

describe('eval → floors on the dev set (built CLI)', () => {
  let workDir: string;
  let result: Evaluation;

  beforeAll(async () => {
    const stale = staleBuild();
    if (stale.length > 0) {
      throw new Error(`dist/ is older than ${stale.join(', ')}: run \`npm run build\` first (npm test does)`);
    }
    workDir = await mkdtemp(path.join(tmpdir(), 'bersih-eval-test-'));
    result = await evaluate({ workDir });
  }, 120_000);

  afterAll(async () => {
    if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
  });

  it(`matches the gold exactly on at least ${MIN_EXACT_RATE * 100} % of documents`, () => {
    const misses = result.dev.docs.filter((doc) => !doc.score.exact).map((doc) => doc.score.id);
    expect(result.dev.totals.exactRate, `not exact: ${misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_EXACT_RATE);
  });

  it(`reaches a line F1 of at least ${MIN_LINE_F1}`, () => {
    expect(result.dev.totals.f1).toBeGreaterThanOrEqual(MIN_LINE_F1);
  });

  it('loses no gold line, except in the documents listed in KNOWN_LOSSES', () => {
    const unexpected = Object.fromEntries(
      result.dev.docs
        .filter((doc) => doc.score.lost.length > 0 && !Object.hasOwn(KNOWN_LOSSES, doc.score.id))
        .map((doc) => [doc.score.id, doc.score.lost]),
    );
    expect(unexpected, 'gold lines missing from the output (document id → lost lines)').toEqual({});
  });

  it('lists in KNOWN_LOSSES only dev documents that still lose lines', () => {
    const lossy = new Set(result.dev.totals.documentsWithLoss);
    const ids = new Set(result.dev.docs.map((doc) => doc.score.id));
    const stale = Object.keys(KNOWN_LOSSES).filter((id) => !ids.has(id) || !lossy.has(id));
    expect(stale, 'these entries no longer apply: remove them from KNOWN_LOSSES').toEqual([]);
  });

  it('cleans the seed pair exactly', () => {
    const [seed] = result.seed.docs;
    expect(seed?.missing).toBe(false);
    expect({ lost: seed?.score.lost, extra: seed?.score.extra }).toEqual({ lost: [], extra: [] });
    expect(seed?.score.exact, 'same lines, but not the same bytes').toBe(true);
  });

  it('changes nothing when run again on its own outputs (idempotence)', () => {
    const changed = Object.fromEntries([...(result.dev.unstable ?? []), ...(result.holdout.unstable ?? [])].map((item) => [item.id, item.second]));
    expect(changed, 'document id → its output cleaned a second time').toEqual({});
  });

  it('holds the same floors on the held-out set, and loses no gold line there', () => {
    const { holdout } = result;
    const lost = Object.fromEntries(holdout.docs.filter((doc) => doc.score.lost.length > 0).map((doc) => [doc.score.id, doc.score.lost]));
    expect(lost, 'held-out gold lines missing from the output').toEqual({});
    expect(holdout.totals.exactRate).toBeGreaterThanOrEqual(MIN_EXACT_RATE);
    expect(holdout.totals.f1).toBeGreaterThanOrEqual(MIN_LINE_F1);
  });
});
