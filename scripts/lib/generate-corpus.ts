/**
 * A deterministic generator of scraped-looking articles for the benchmark. Pure: it takes the source
 * material (real clean paragraphs, real related-article titles; see corpus-sources.ts) and a seed,
 * and yields the same texts for the same inputs, byte for byte. No Math.random.
 *
 * Each article is a shuffled mix of real paragraphs, dressed the way one of 20 outlets' scrapes
 * looks (corpus-sites.ts; fixtures/dev/GUIDELINE.md and the raw files): its dateline, related-link,
 * ad, caption and video lines between paragraphs, credits, editor codes and syndication footers,
 * sentences broken across lines, datelines and linked words on lines of their own, blank lines, tab
 * indentation, padding, NBSPs, CRLF, lone "." lines, and now and then the whole body twice.
 *
 * About 6.5 % of the articles are planted copies of an earlier one (corpus-copies.ts): the same
 * story re-scraped or syndicated by another outlet, maybe cut, extended or mistyped. Their expected
 * text is empty, since bersih writes only the first copy. The generator streams: it keeps a bounded
 * reservoir of earlier stories to copy from, never the corpus.
 */

import { copyStory, Reservoir, type PlantedCopy, type Story } from './corpus-copies.js';
import { linkFragments, splitDateline, splitParagraph } from './corpus-fragments.js';
import { caption, pickCity, SITES, type SiteStyle } from './corpus-sites.js';

/** mulberry32: a small, fast 32-bit PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws over one PRNG stream. */
export class Random {
  private readonly next: () => number;

  /** A seed for a mulberry32 stream, or any stream of floats in [0, 1). */
  constructor(source: number | (() => number)) {
    this.next = typeof source === 'number' ? mulberry32(source) : source;
  }

  float(): number {
    return this.next();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` distinct items in random order (partial Fisher–Yates over a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const n = Math.min(count, pool.length);
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      const chosen = pool[j] as T;
      pool[j] = pool[i] as T;
      pool[i] = chosen;
    }
    return pool.slice(0, n);
  }
}

/** Real material the articles are made of. */
export interface CorpusSources {
  /** Clean paragraphs (gold lines), each one line of article text. */
  readonly paragraphs: readonly string[];
  /** Headlines of other stories, as they appear after `Baca juga:`. */
  readonly relatedTitles: readonly string[];
  /** People named in credit lines (`Pewarta: X`, `Editor: Y`). */
  readonly names: readonly string[];
}

export interface GenerateOptions {
  readonly articles: number;
  readonly seed: number;
  /** Articles per folder. @default 100 */
  readonly perFolder?: number;
  /** Share of articles planted as copies of an earlier one (0 plants none). @default 0.065 */
  readonly plantedShare?: number;
}

export interface GeneratedArticle {
  /** `<bucket>/<n>.txt`, `/`-separated, relative to the corpus root. */
  readonly path: string;
  readonly text: string;
  /** The outlet whose scrape the text is dressed as (`kompas`, `cnn-indonesia`, ...; corpus-sites.ts). */
  readonly site: string;
  /**
   * What a perfect cleaner would output: the article's paragraphs once each, in order, one per line,
   * with the final newline (every kind of noise added here is one the guideline says to remove or
   * repair). `''` for a planted copy: bersih keeps the first copy in path order and writes nothing
   * for a later one, so an empty expected text means "not written".
   */
  readonly expected: string;
  /** Set when the article is a planted copy of an earlier one. */
  readonly copy?: PlantedCopy;
}

/** Probabilities of each kind of noise. */
const NOISE = {
  /** A gap between two paragraphs gets the site's boilerplate. */
  between: 0.15,
  /** A gap between two paragraphs gets a lone ".". */
  loneDot: 0.03,
  /** A paragraph (of at least 12 words) is broken across 2–4 lines. */
  split: 0.12,
  /** On a site that links words: a paragraph has a linked word (or two) on its own line. */
  linkFragment: 0.15,
  /** The article ends with the site's footer. */
  footer: 0.7,
  /** The article starts with the site's header, when the site has one. */
  header: 0.4,
  /** The last paragraph ends in the site's editor code, when the site has one. */
  tailCode: 0.5,
  /** The article opens with a dateline lead (most outlets print one; scrapes of some pages lose it). */
  lead: 0.75,
  /** Of those, the share whose lead is a real datelined paragraph of the fixtures (else the site's dateline before a body paragraph). */
  realLead: 0.4,
  /** On a site whose scrape does it: the dateline is broken off onto its own line(s). */
  splitDateline: 0.3,
  /** On Tribun: a photo caption or a teaser above a datelined lead. */
  aboveDateline: 0.4,
  /** The whole text is written twice (the 011 kind of scrape). */
  doubled: 0.05,
  /** A blank separator line between the two copies of a doubled text. */
  doubledGap: 0.5,
  /** A block (paragraph or boilerplate) outside Antara gets a tab before / a blank line after it. */
  tab: 0.04,
  blank: 0.06,
  /** A line outside Antara gets a space or NBSP at its ends (Bisnis), or one of its spaces becomes an NBSP. */
  pad: 0.03,
  nbsp: 0.02,
  /** The file has CRLF line ends / a byte-order mark. */
  crlf: 0.04,
  bom: 0.02,
  /** The file ends with a newline. */
  finalNewline: 0.5,
} as const;

/** Share of articles planted as copies of an earlier article. */
const PLANTED_SHARE = 0.065;
/** Earlier stories kept for copies to copy: bounded, so the 1M run holds a few hundred stories, not the corpus. */
const RESERVOIR_SIZE = 256;

/**
 * A lead paragraph opening with an outlet dateline (`JAKARTA, KOMPAS.com - `, `Jakarta (ANTARA) - `,
 * `SERAMBINEWS.COM - `, `Liputan6.com, Jakarta`, `REPUBLIKA.CO.ID, ...`): only ever an article's first paragraph.
 */
const DATELINE_RE =
  /^(?:[A-Z][A-Z .]+, )?(?:KOMPAS\.com|SERAMBINEWS\.COM|REPUBLIKA\.CO\.ID)\b|^[A-Z][a-z]+ \(ANTARA\)|^Liputan6\.com, /;
/**
 * A body paragraph naming an outlet ("kata Rafi kepada Kompas.com"): left out, since on another
 * outlet's page it would be the only brand in the text, and bersih reads the site from the brand.
 */
const OUTLET_NAMED_RE = /\b(?:KOMPAS|Kompas)\.com\b|\bdetik\p{L}*|\bLiputan6|\bANTARA\b|\bTRIBUN|\bTribun|SERAMBINEWS/u;
/** The dateline of such a lead, with the dash and the space after it (the glued `Liputan6.com, JakartaDirektorat` has none). */
const LEAD_DATELINE_RE = /^(?:(?:[A-Z][A-Z .]+, )?(?:KOMPAS\.com|SERAMBINEWS\.COM|REPUBLIKA\.CO\.ID)(?:, [A-Z][A-Z ]*)?|[A-Z][a-z]+ \(ANTARA\)) [–-]{1,2} /;
/** A paragraph that ends a sentence, so a lone "." after it stands between paragraphs (rule 2), not inside one. */
const TERMINAL_RE = /[.!?"”’)]$/;

const MIN_PARAGRAPHS = 4;
const MAX_PARAGRAPHS = 16;

/** Yields `options.articles` articles; the same sources and seed give the same bytes. */
export function* generateCorpus(sources: CorpusSources, options: GenerateOptions): Generator<GeneratedArticle> {
  if (sources.relatedTitles.length === 0 || sources.names.length === 0) throw new Error('need titles and names');
  const rng = new Random(options.seed);
  const pools: ParagraphPools = {
    leads: leadsBySite(sources.paragraphs.filter((paragraph) => LEAD_DATELINE_RE.test(paragraph))),
    body: sources.paragraphs.filter((paragraph) => !DATELINE_RE.test(paragraph) && !OUTLET_NAMED_RE.test(paragraph)),
  };
  if (pools.body.length < MAX_PARAGRAPHS) throw new Error('need at least 16 source paragraphs without a dateline');
  const plantedShare = options.plantedShare ?? PLANTED_SHARE;
  const earlier = new Reservoir<Story>(RESERVOIR_SIZE);
  const perFolder = options.perFolder ?? 100;
  const digits = String(Math.max(options.articles - 1, 0)).length;
  const folderDigits = String(Math.floor(Math.max(options.articles - 1, 0) / perFolder)).length;
  for (let n = 0; n < options.articles; n += 1) {
    const folder = String(Math.floor(n / perFolder)).padStart(folderDigits, '0');
    const path = `${folder}/${String(n).padStart(digits, '0')}.txt`;
    const original = earlier.size > 0 && rng.chance(plantedShare) ? earlier.pick(rng) : undefined;
    if (original === undefined) {
      const story = writeStory(rng, pools, path);
      earlier.offer(rng, story);
      yield { path, ...dress(rng, sources, story) };
    } else {
      const fresh = (): string => varyParagraph(rng, rng.pick(pools.body), rng.int(1, 100_000));
      const copy = copyStory(rng, original, path, SITES, fresh);
      const dressed = dress(rng, sources, copy.story);
      yield { path, ...dressed, expected: '', copy: { of: original.path, edits: copy.edits, clean: dressed.expected } };
    }
  }
}

/** Paragraphs split by role: dateline leads (by the style of their outlet) open an article, the rest make up its body. */
interface ParagraphPools {
  readonly leads: ReadonlyMap<string, readonly string[]>;
  readonly body: readonly string[];
}

/** The outlet of a real lead, by its dateline, named as in SITES. */
const LEAD_OUTLETS: readonly (readonly [RegExp, string])[] = [
  [/KOMPAS\.com/, 'kompas'],
  [/\(ANTARA\)/, 'antaranews'],
  [/SERAMBINEWS\.COM/, 'tribun'],
  [/REPUBLIKA\.CO\.ID/, 'republika'],
];

function leadsBySite(leads: readonly string[]): Map<string, string[]> {
  const bySite = new Map<string, string[]>();
  for (const lead of leads) {
    const site = LEAD_OUTLETS.find(([pattern]) => pattern.test(lead))?.[1];
    if (site !== undefined) bySite.set(site, [...(bySite.get(site) ?? []), lead]);
  }
  return bySite;
}

/**
 * One story: its site, maybe a dateline (a real datelined lead, or the site's dateline before the
 * first body paragraph), body paragraphs drawn without repetition and made this story's own.
 */
function writeStory(rng: Random, pools: ParagraphPools, path: string): Story {
  const site = rng.pick(SITES);
  const city = pickCity(rng);
  let dateline = '';
  const lead: string[] = [];
  if (rng.chance(NOISE.lead)) {
    // A real lead only on its own outlet's page: a KOMPAS.com dateline would make a Tempo page a Kompas one.
    const own = pools.leads.get(site.name) ?? [];
    const real = own.length > 0 && rng.chance(NOISE.realLead) ? rng.pick(own) : undefined;
    if (real === undefined) {
      dateline = site.dateline(rng, city);
    } else {
      dateline = LEAD_DATELINE_RE.exec(real)?.[0] ?? '';
      lead.push(real.slice(dateline.length));
    }
  }
  const drawn = [...lead, ...rng.sample(pools.body, rng.int(MIN_PARAGRAPHS, MAX_PARAGRAPHS) - lead.length)];
  const mark = rng.int(1, 100_000);
  return { path, site, city, dateline, paragraphs: drawn.map((paragraph) => varyParagraph(rng, paragraph, mark)) };
}

/** A story as its site's scrape looks: the site's boilerplate, broken fragments, layout and whitespace noise. */
function dress(rng: Random, sources: CorpusSources, story: Story): { text: string; site: string; expected: string } {
  const { site, dateline } = story;
  const paragraphs = story.paragraphs.map((paragraph, index) => (index === 0 ? dateline + paragraph : paragraph));
  const blocks: string[][] = [];
  if (site.header !== undefined && rng.chance(NOISE.header)) blocks.push(site.header(rng, sources));
  if (site.aboveDateline === true && dateline !== '' && rng.chance(NOISE.aboveDateline)) {
    // A teaser repeats the lead without its dateline; a caption is a sentence of its own.
    blocks.push([rng.chance(0.5) ? (story.paragraphs[0] as string) : caption(rng)]);
  }
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) {
      if (rng.chance(NOISE.loneDot) && TERMINAL_RE.test(paragraphs[index - 1] ?? '')) blocks.push(['.']);
      if (rng.chance(NOISE.between)) blocks.push(site.between(rng, sources));
    }
    if (index === 3 && site.afterThird !== undefined) blocks.push([...site.afterThird]);
    blocks.push(fragments(rng, site, paragraph, index === 0 ? dateline : ''));
  });
  const last = blocks[blocks.length - 1] as string[];
  if (site.tailCode !== undefined && TERMINAL_RE.test(paragraphs[paragraphs.length - 1] ?? '') && rng.chance(NOISE.tailCode)) {
    last[last.length - 1] += site.tailCode(rng);
  }
  const footer = rng.chance(NOISE.footer) ? site.footer(rng, sources) : [];

  let lines = site.antaraLayout === true ? antaraLayout(blocks, footer) : looseLayout(rng, [...blocks, footer]);
  if (rng.chance(NOISE.doubled)) lines = [...lines, ...(rng.chance(NOISE.doubledGap) ? [''] : []), ...lines];
  let text = lines.join(rng.chance(NOISE.crlf) ? '\r\n' : '\n');
  if (rng.chance(NOISE.bom)) text = `\uFEFF${text}`;
  return { text: rng.chance(NOISE.finalNewline) ? `${text}\n` : text, site: site.name, expected: `${paragraphs.join('\n')}\n` };
}

/** One paragraph as the scrape breaks it: a dateline on its own line, linked words on theirs, or a plain split. */
function fragments(rng: Random, site: SiteStyle, paragraph: string, dateline: string): string[] {
  if (dateline !== '' && site.splitsDateline === true && rng.chance(NOISE.splitDateline)) {
    return splitDateline(rng, dateline, paragraph.slice(dateline.length));
  }
  if (site.linkFragments === true && rng.chance(NOISE.linkFragment)) return linkFragments(rng, paragraph);
  return rng.chance(NOISE.split) ? splitParagraph(rng, paragraph) : [paragraph];
}

const PLAIN_WORD_RE = /^\p{Ll}+$/u;

/** One swap of two plain words per this many words of a paragraph (at least one). */
const WORDS_PER_SWAP = 25;

/**
 * The same source paragraph made this article's own: pairs of its plain lower-case words swapped
 * (one pair per 25 words, at least one) and the article's own number before its final punctuation
 * (one token, so paragraphs of one article do not all end in the same three words, which would make
 * every article look full of near-repeats). A few hundred real paragraphs make up tens of thousands
 * of articles, so without this every paragraph would recur in hundreds of different stories, which
 * real news does not do (and which the learned-boilerplate pass rightly takes for site chrome, and
 * cross-article dedup for copies: swaps in long paragraphs break most of their shared shingles).
 */
export function varyParagraph(rng: Random, paragraph: string, mark: number): string {
  const words = paragraph.split(' ');
  const plain = words.flatMap((word, index) => (index > 0 && PLAIN_WORD_RE.test(word) ? [index] : []));
  const swaps = Math.min(1 + Math.floor(words.length / WORDS_PER_SWAP), Math.floor(plain.length / 2));
  const chosen = rng.sample(plain, 2 * swaps);
  for (let i = 0; i + 1 < chosen.length; i += 2) {
    const [a, b] = [chosen[i] as number, chosen[i + 1] as number];
    [words[a], words[b]] = [words[b] as string, words[a] as string];
  }
  // `\s*`: a source ending in " ." ("Indonesia .") gets "Indonesia 123.", not a double space; a
  // closing bracket stays before the number: "(8/6/2025) 123.", not "(8/6/2025 123).".
  return words.join(' ').replace(/\s*([.!?"”’]*)$/u, ` ${mark}$1`);
}

/** Antara's scrape: blank first line, tab-indented lead, three blank lines after every block, then the footer. */
function antaraLayout(blocks: readonly (readonly string[])[], footer: readonly string[]): string[] {
  const lines = [''];
  blocks.forEach((block, index) => {
    block.forEach((line, at) => lines.push(index === 0 && at === 0 ? `\t\t\t\t${line}` : line));
    lines.push('', '', '');
  });
  return [...lines, ...footer];
}

/** Other sites: one line after another, the odd block tab-indented or followed by a blank line, the odd line padded. */
function looseLayout(rng: Random, blocks: readonly (readonly string[])[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    const indent = rng.chance(NOISE.tab) ? '\t' : '';
    block.forEach((line, at) => lines.push(whitespaceNoise(rng, at === 0 ? indent + line : line)));
    if (block.length > 0 && rng.chance(NOISE.blank)) lines.push('');
  }
  return lines;
}

/** A space or NBSP at both ends of the line, or one of its spaces turned into an NBSP (normalize undoes both). */
function whitespaceNoise(rng: Random, line: string): string {
  if (rng.chance(NOISE.pad)) {
    const pad = rng.chance(0.5) ? ' ' : '\u00a0';
    return `${pad}${line}${pad}`;
  }
  if (rng.chance(NOISE.nbsp)) {
    const spaces = [...line.matchAll(/ /g)].map((match) => match.index);
    if (spaces.length === 0) return line;
    const at = rng.pick(spaces);
    return `${line.slice(0, at)}\u00a0${line.slice(at + 1)}`;
  }
  return line;
}
