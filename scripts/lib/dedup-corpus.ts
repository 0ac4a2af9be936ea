/**
 * A deterministic corpus for measuring cross-article dedup: distinct stories, planted copies of some
 * of them with the edits other sites make, and template stories (daily case counts, match reports,
 * price lists) that share nearly every sentence but are different news. Built from the real clean
 * paragraphs in the fixtures; the same paragraphs and seed give the same articles, byte for byte.
 *
 * It streams: articles come out in path order with memory of a few bytes per article, so a corpus
 * of a million never sits in memory. Every article is a pure function of (seed, group, variant).
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CITIES, FILL, FIRST, LAST, TEMPLATES } from './dedup-templates.js';
import { Rng } from './sfc32.js';

/** The edits a copy can carry, one bit each in `DedupArticle.edits`. */
export const EDIT_KINDS = ['dateline', 'footer', 'baca-juga', 'cut', 'added', 'lead', 'typos'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface DedupArticle {
  /** `<folder>/<index>.txt`, zero-padded so sorted paths are in index order. */
  readonly id: string;
  readonly index: number;
  readonly text: string;
  /** Articles with the same group are copies of one story (the truth); every other pair is distinct. */
  readonly group: number;
  /** 0 for the story as first written, 1.. for its copies. */
  readonly variant: number;
  /** Bit i set when the copy carries EDIT_KINDS[i]; 0 for a variant 0. */
  readonly edits: number;
  /** Index into TEMPLATES for a template story, -1 for a free story. */
  readonly template: number;
}

export interface DedupCorpusOptions {
  readonly articles: number;
  readonly seed: number;
  /** Share of stories that get copies. @default 0.25 */
  readonly copiedShare?: number;
  /** Share of stories written from a template (the hard negatives). @default 0.06 */
  readonly templateShare?: number;
}

/** Source material, derived once from the fixture paragraphs. */
export interface DedupMaterial {
  readonly sentences: readonly string[];
  /** Word → the words that followed it in the sources; `''` marks a sentence end. */
  readonly successors: ReadonlyMap<string, readonly string[]>;
  readonly starts: readonly string[];
}

/** The clean paragraphs of fixtures/dev/gold, fixtures/holdout/gold and fixtures/pipeline/*.clean.txt. */
export function loadDedupParagraphs(root: string): string[] {
  const files = [
    ...txtFiles(path.join(root, 'fixtures', 'dev', 'gold'), '.txt'),
    ...txtFiles(path.join(root, 'fixtures', 'holdout', 'gold'), '.txt'),
    ...txtFiles(path.join(root, 'fixtures', 'pipeline'), '.clean.txt'),
  ];
  const paragraphs = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')).map((line) => line.trim());
  return [...new Set(paragraphs.filter((line) => line !== ''))];
}

function txtFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => path.join(dir, name));
}

/** An outlet's dateline before the lead: `JAKARTA, KOMPAS.com - `, `Jakarta (ANTARA) - `, ... */
const DATELINE_RE =
  /^[^–-]{0,60}?(?:KOMPAS\.com|\(ANTARA\)|TEMPO\.CO|Liputan6\.com|Bisnis\.com|Merdeka\.com|REPUBLIKA\.CO\.ID|TRIBUNNEWS\.COM|SERAMBINEWS\.COM|detik\w*)[^–-]{0,30}[–-]\s*/;
/** A sentence end followed by the start of the next sentence. */
const SENTENCE_BREAK_RE = /(?<=[.!?]["”’]?)\s+(?=["“]?[A-Z])/;

export function buildMaterial(paragraphs: readonly string[]): DedupMaterial {
  const sentences = paragraphs
    .flatMap((paragraph) => paragraph.replace(DATELINE_RE, '').split(SENTENCE_BREAK_RE))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(' ').length >= 5);
  const successors = new Map<string, string[]>();
  const starts: string[] = [];
  for (const sentence of sentences) {
    const words = sentence.split(/\s+/);
    starts.push(words[0] ?? '');
    words.forEach((word, index) => {
      const list = successors.get(word) ?? [];
      list.push(words[index + 1] ?? '');
      successors.set(word, list);
    });
  }
  return { sentences: [...new Set(sentences)], successors, starts };
}

const OUTLETS: readonly ((city: string) => string)[] = [
  (city) => `${city.toUpperCase()}, KOMPAS.com - `,
  (city) => `${city} (ANTARA) - `,
  (city) => `Liputan6.com, ${city} - `,
  (city) => `TRIBUNNEWS.COM, ${city.toUpperCase()} - `,
  (city) => `REPUBLIKA.CO.ID, ${city.toUpperCase()} - `,
  (city) => `TEMPO.CO, ${city} - `,
  (city) => `detikNews, ${city} - `,
];

const FOOTERS: readonly ((title: string, name: string) => string[])[] = [
  (title) => [`Artikel ini telah tayang di Tribunnews.com dengan judul ${title}`],
  (_title, name) => [`Pewarta: ${name}`, `Editor: ${name}`],
  () => ['Baca berita lainnya di Google News'],
  (title) => [`Artikel ini sudah lebih dulu tayang di detikJatim. Selengkapnya klik disini. ${title}`],
  (_title, name) => [`(${name.toUpperCase()})`, 'Simak breaking news dan berita pilihan kami langsung di ponselmu.'],
];

/**
 * Probability of each edit on a copy. Site boilerplate (dateline, footer, related links) and typos
 * are independent; a copy changes its content (cut tail, added paragraph, rewritten lead) in at most
 * two ways, the second rarely: a copy that cut, extended and rewrote a story is a new story.
 * At least one edit is always applied.
 */
const EDIT_PROBABILITY: Readonly<Record<EditKind, number>> = {
  dateline: 0.5,
  footer: 0.5,
  'baca-juga': 0.4,
  cut: 0.25,
  added: 0.25,
  lead: 0.25,
  typos: 0.5,
};
const CONTENT_EDITS: readonly EditKind[] = ['cut', 'added', 'lead'];
/** Probability that a copy with one content edit gets a second one. */
const SECOND_CONTENT_EDIT = 0.15;

/** One planned article: which story, which copy of it. */
interface Slot {
  readonly group: number;
  readonly variant: number;
}

/** Yields `options.articles` articles in path order. */
export function* generateDedupCorpus(material: DedupMaterial, options: DedupCorpusOptions): Generator<DedupArticle> {
  const plan = planSlots(options);
  const digits = String(Math.max(options.articles - 1, 0)).length;
  const folderDigits = String(Math.floor(Math.max(options.articles - 1, 0) / 1000)).length;
  for (let index = 0; index < options.articles; index += 1) {
    const group = plan.groups[index] as number;
    const variant = plan.variants[index] as number;
    const story = writeStory(material, options.seed, group, plan.templates[group] as number);
    const copy = variant === 0 ? { paragraphs: story.paragraphs, edits: 0 } : editCopy(material, story, options.seed, { group, variant });
    const folder = String(Math.floor(index / 1000)).padStart(folderDigits, '0');
    yield {
      id: `${folder}/${String(index).padStart(digits, '0')}.txt`,
      index,
      text: `${copy.paragraphs.join('\n')}\n`,
      group,
      variant,
      edits: copy.edits,
      template: plan.templates[group] as number,
    };
  }
}

/** Which (group, variant) sits at each path, shuffled; a few bytes per article. */
function planSlots(options: DedupCorpusOptions): { groups: Int32Array; variants: Uint8Array; templates: Int8Array } {
  const rng = new Rng(options.seed, -1, 0);
  const copiedShare = options.copiedShare ?? 0.25;
  const templateShare = options.templateShare ?? 0.06;
  const groups = new Int32Array(options.articles);
  const variants = new Uint8Array(options.articles);
  const templates: number[] = [];
  let filled = 0;
  while (filled < options.articles) {
    const group = templates.length;
    templates.push(rng.chance(templateShare) ? rng.int(0, TEMPLATES.length - 1) : -1);
    const copies = rng.chance(copiedShare) ? 1 + (rng.chance(0.3) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0) : 0;
    for (let variant = 0; variant <= copies && filled < options.articles; variant += 1) {
      groups[filled] = group;
      variants[filled] = variant;
      filled += 1;
    }
  }
  for (let i = options.articles - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    const group = groups[i] as number;
    groups[i] = groups[j] as number;
    groups[j] = group;
    const variant = variants[i] as number;
    variants[i] = variants[j] as number;
    variants[j] = variant;
  }
  return { groups, variants, templates: Int8Array.from(templates) };
}

/** A story as first published: a dateline lead, then body paragraphs. */
interface Story {
  readonly city: string;
  readonly outlet: number;
  /** Paragraphs without the dateline; the dateline goes in front of the first one. */
  readonly body: readonly string[];
  readonly paragraphs: readonly string[];
}

function writeStory(material: DedupMaterial, seed: number, group: number, template: number): Story {
  const rng = new Rng(seed, group, 0);
  const city = rng.pick(CITIES);
  const outlet = rng.int(0, OUTLETS.length - 1);
  const body = template >= 0 ? templateStory(rng, material, template) : freeStory(rng, material);
  return { city, outlet, body, paragraphs: withDateline(body, (OUTLETS[outlet] as (city: string) => string)(city)) };
}

/**
 * Share of a free story's sentences taken verbatim from the fixtures; the rest are made up. The
 * fixtures have ~600 sentences, so at 100k articles each real one recurs in ~300 stories: far more
 * sentence reuse between unrelated stories than real news has, which keeps the benchmark hard.
 */
const REAL_SENTENCE_SHARE = 0.25;

/** 4–12 paragraphs of 1–3 sentences, each a real sentence or one made up from the word model. */
function freeStory(rng: Rng, material: DedupMaterial): string[] {
  return Array.from({ length: rng.int(4, 12) }, () => paragraph(rng, material));
}

function paragraph(rng: Rng, material: DedupMaterial): string {
  return Array.from({ length: rng.int(1, 3) }, () =>
    rng.chance(REAL_SENTENCE_SHARE) ? rng.pick(material.sentences) : madeUpSentence(rng, material),
  ).join(' ');
}

/** The template's paragraphs with fresh slot values; now and then one extra made-up paragraph (a quote). */
function templateStory(rng: Rng, material: DedupMaterial, template: number): string[] {
  const paragraphs = (TEMPLATES[template] ?? []).map((text) =>
    text.replace(/\{([A-Z]+)\}/g, (_, slot: string) => (FILL[slot] ?? (() => slot))(rng)),
  );
  if (rng.chance(0.3)) paragraphs.splice(rng.int(1, paragraphs.length), 0, paragraph(rng, material));
  return paragraphs;
}

/** A sentence walked through the word model: 8–30 words, starting where a real sentence starts. */
function madeUpSentence(rng: Rng, material: DedupMaterial): string {
  const words = [rng.pick(material.starts)];
  const length = rng.int(8, 30);
  while (words.length < length) {
    const next = rng.pick(material.successors.get(words[words.length - 1] ?? '') ?? ['']);
    words.push(next === '' ? rng.pick(material.starts).toLowerCase() : next);
  }
  const text = words.join(' ').replace(/[.!?,;:]+$/, '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function withDateline(body: readonly string[], dateline: string): string[] {
  return body.map((text, index) => (index === 0 ? dateline + text : text));
}

/** A copy of a story as another site (or a later update) publishes it: some of the edits, at least one. */
function editCopy(
  material: DedupMaterial,
  story: Story,
  seed: number,
  slot: Slot,
): { paragraphs: string[]; edits: number } {
  const rng = new Rng(seed, slot.group, slot.variant);
  let chosen = EDIT_KINDS.filter((kind) => !CONTENT_EDITS.includes(kind) && rng.chance(EDIT_PROBABILITY[kind]));
  const content = rng.sample(CONTENT_EDITS, rng.chance(SECOND_CONTENT_EDIT) ? 2 : 1);
  const contentShare = EDIT_PROBABILITY.cut + EDIT_PROBABILITY.added + EDIT_PROBABILITY.lead;
  if (rng.chance(contentShare)) chosen.push(...content);
  if (chosen.length === 0) chosen = [rng.pick(EDIT_KINDS)];
  const has = (kind: EditKind) => chosen.includes(kind);

  let body = [...story.body];
  if (has('lead')) body[0] = paragraph(rng, material);
  if (has('cut')) body = body.slice(0, Math.max(3, body.length - rng.int(1, Math.max(1, Math.floor(body.length * 0.35)))));
  if (has('added')) body.splice(rng.int(1, body.length), 0, paragraph(rng, material));
  if (has('typos')) body = addTypos(rng, body, rng.int(1, 4));
  const outlet = has('dateline') ? (story.outlet + rng.int(1, OUTLETS.length - 1)) % OUTLETS.length : story.outlet;
  const paragraphs = withDateline(body, (OUTLETS[outlet] as (city: string) => string)(story.city));
  if (has('baca-juga')) {
    for (let n = rng.int(1, 3); n > 0; n -= 1) {
      paragraphs.splice(rng.int(1, paragraphs.length), 0, `Baca juga: ${title(rng, material)}`);
    }
  }
  if (has('footer')) {
    paragraphs.push(...rng.pick(FOOTERS)(title(rng, material), `${rng.pick(FIRST)} ${rng.pick(LAST)}`));
  }
  return { paragraphs, edits: chosen.reduce((bits, kind) => bits | (1 << EDIT_KINDS.indexOf(kind)), 0) };
}

/** A related-article headline: the first words of a made-up sentence. */
function title(rng: Rng, material: DedupMaterial): string {
  return madeUpSentence(rng, material).split(' ').slice(0, rng.int(5, 10)).join(' ').replace(/[.,]$/, '');
}

/** Typing slips in words of four letters or more: two letters swapped, one dropped, or one doubled. */
function addTypos(rng: Rng, body: readonly string[], count: number): string[] {
  const result = [...body];
  for (let n = 0; n < count; n += 1) {
    const at = rng.int(0, result.length - 1);
    const words = (result[at] ?? '').split(' ');
    const w = rng.int(0, words.length - 1);
    const word = words[w] ?? '';
    if (word.length < 4) continue;
    const i = rng.int(1, word.length - 2);
    const kind = rng.int(0, 2);
    words[w] =
      kind === 0
        ? word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2)
        : kind === 1
          ? word.slice(0, i) + word.slice(i + 1)
          : word.slice(0, i) + word.charAt(i) + word.slice(i);
    result[at] = words.join(' ');
  }
  return result;
}
