/**
 * A deterministic generator of scraped-looking articles for the benchmark. Pure: it takes the source
 * material (real clean paragraphs, real related-article titles; see corpus-sources.ts) and a seed,
 * and yields the same texts for the same inputs, byte for byte. No Math.random.
 *
 * Each article is a shuffled mix of real paragraphs, dressed the way one site's scrape looks
 * (fixtures/dev/GUIDELINE.md and the raw files): related-link and ad lines between paragraphs,
 * credits and syndication footers, sentences broken across lines with a lower-case continuation,
 * blank lines and tab indentation, lone "." lines, and now and then the whole body twice.
 */

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
}

export interface GeneratedArticle {
  /** `<bucket>/<n>.txt`, `/`-separated, relative to the corpus root. */
  readonly path: string;
  readonly text: string;
  /**
   * What a perfect cleaner would output: the drawn paragraphs once each, in order, one per line, with
   * the final newline (every kind of noise added here is one the guideline says to remove or repair).
   */
  readonly expected: string;
}

/** How one site's scrape looks: what it puts between paragraphs and after the body. */
interface SiteStyle {
  readonly name: string;
  /** Boilerplate for the gap between two paragraphs (one or more lines). */
  readonly between: (rng: Random, src: CorpusSources) => string[];
  /** Boilerplate after the body, when the article has a footer. */
  readonly footer: (rng: Random, src: CorpusSources) => string[];
  /** Antara layout: a blank line first, three blank lines after every paragraph, tab-indented lead and footer. */
  readonly antaraLayout?: true;
  /** A line placed after the third paragraph (detik's "SCROLL TO CONTINUE WITH CONTENT"). */
  readonly afterThird?: string;
}

const WHATSAPP_BLOCK = [
  'Simak',
  'breaking news',
  'dan',
  'berita pilihan',
  'kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel :',
  'https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D',
  '. Pastikan kamu sudah install aplikasi WhatsApp ya.',
];

const SITES: readonly SiteStyle[] = [
  {
    name: 'antaranews',
    antaraLayout: true,
    between: (rng, src) => (rng.chance(0.6) ? ['Baca juga:  '] : [`Baca juga: ${rng.pick(src.relatedTitles)}`]),
    footer: (rng, src) => [
      `Baca juga:  Pewarta: ${rng.pick(src.names)}`,
      `Editor: ${rng.pick(src.names)}`,
      `\t\t\t\tCOPYRIGHT © ANTARA ${rng.int(2019, 2024)}`,
    ],
  },
  {
    name: 'kompas',
    between: (rng, src) => {
      const title = rng.pick(src.relatedTitles);
      return rng.chance(0.5) ? ['Baca juga:', title] : [`Baca juga: ${title}`];
    },
    footer: () => [...WHATSAPP_BLOCK],
  },
  {
    name: 'detik',
    afterThird: 'SCROLL TO CONTINUE WITH CONTENT',
    between: (rng, src) =>
      rng.pick([
        ['ADVERTISEMENT'],
        ['[Gambas:Video 20detik]'],
        [`Simak juga Video '${rng.pick(src.relatedTitles)}':`],
        [`Baca juga: ${rng.pick(src.relatedTitles)}`],
      ]),
    footer: (rng) => ['***', `Artikel ini sudah lebih dulu tayang di ${rng.pick(DETIK_NETWORK)}. Selengkapnya klik disini.`],
  },
  {
    name: 'tribun',
    between: (rng, src) => [`Baca juga: ${rng.pick(src.relatedTitles)}`],
    footer: (rng, src) => [
      `(TRIBUNNEWSWIKI.COM/${rng.pick(src.names).toUpperCase()})`,
      'Artikel ini telah tayang di Tribunnewswiki.com',
      ...Array.from({ length: rng.int(0, 3) }, () => `Baca juga: ${rng.pick(src.relatedTitles)}`),
    ],
  },
  {
    name: 'liputan6',
    between: (rng) => [rng.pick(['Baca Juga', 'Advertisement'])],
    footer: () => [],
  },
];

const DETIK_NETWORK = ['detiksumut', 'detikJatim', 'detikJateng', 'detikBali', 'detikSulsel'];

/** Probabilities of each kind of noise. */
const NOISE = {
  /** A gap between two paragraphs gets the site's boilerplate. */
  between: 0.15,
  /** A gap between two paragraphs gets a lone ".". */
  loneDot: 0.03,
  /** A paragraph (of at least MIN_SPLIT_WORDS words) is broken across 2–4 lines. */
  split: 0.12,
  /** The article ends with the site's footer. */
  footer: 0.7,
  /** The article opens with a dateline lead. */
  lead: 0.6,
  /** The whole text is written twice (the 011 kind of scrape). */
  doubled: 0.05,
  /** A blank separator line between the two copies of a doubled text. */
  doubledGap: 0.5,
  /** A block (paragraph or boilerplate) outside Antara gets a tab before / a blank line after it. */
  tab: 0.04,
  blank: 0.06,
  /** The file ends with a newline. */
  finalNewline: 0.5,
} as const;

/**
 * A lead paragraph opening with an outlet dateline (`JAKARTA, KOMPAS.com - `, `Jakarta (ANTARA) - `,
 * `SERAMBINEWS.COM - `, `Liputan6.com, Jakarta`, `REPUBLIKA.CO.ID, ...`): only ever an article's first paragraph.
 */
const DATELINE_RE =
  /^(?:[A-Z][A-Z .]+, )?(?:KOMPAS\.com|SERAMBINEWS\.COM|REPUBLIKA\.CO\.ID)\b|^[A-Z][a-z]+ \(ANTARA\)|^Liputan6\.com, /;
/** A paragraph that ends a sentence, so a lone "." after it stands between paragraphs (rule 2), not inside one. */
const TERMINAL_RE = /[.!?"”’)]$/;

const MIN_PARAGRAPHS = 4;
const MAX_PARAGRAPHS = 16;
const MIN_SPLIT_WORDS = 12;

/** Yields `options.articles` articles; the same sources and seed give the same bytes. */
export function* generateCorpus(sources: CorpusSources, options: GenerateOptions): Generator<GeneratedArticle> {
  if (sources.relatedTitles.length === 0 || sources.names.length === 0) throw new Error('need titles and names');
  const rng = new Random(options.seed);
  const pools = {
    leads: sources.paragraphs.filter((paragraph) => DATELINE_RE.test(paragraph)),
    body: sources.paragraphs.filter((paragraph) => !DATELINE_RE.test(paragraph)),
  };
  if (pools.body.length < MAX_PARAGRAPHS) throw new Error('need at least 16 source paragraphs without a dateline');
  const perFolder = options.perFolder ?? 100;
  const digits = String(Math.max(options.articles - 1, 0)).length;
  const folderDigits = String(Math.floor(Math.max(options.articles - 1, 0) / perFolder)).length;
  for (let n = 0; n < options.articles; n += 1) {
    const folder = String(Math.floor(n / perFolder)).padStart(folderDigits, '0');
    yield { path: `${folder}/${String(n).padStart(digits, '0')}.txt`, ...generateArticle(rng, sources, pools) };
  }
}

/** Paragraphs split by role: dateline leads open an article, the rest make up its body. */
interface ParagraphPools {
  readonly leads: readonly string[];
  readonly body: readonly string[];
}

/** One article: maybe a dateline lead, body paragraphs drawn without repetition, then the chosen site's noise. */
function generateArticle(rng: Random, sources: CorpusSources, pools: ParagraphPools): { text: string; expected: string } {
  const site = rng.pick(SITES);
  const lead = pools.leads.length > 0 && rng.chance(NOISE.lead) ? [rng.pick(pools.leads)] : [];
  const drawn = [...lead, ...rng.sample(pools.body, rng.int(MIN_PARAGRAPHS, MAX_PARAGRAPHS) - lead.length)];
  const mark = rng.int(1, 100_000);
  const paragraphs = drawn.map((paragraph) => varyParagraph(rng, paragraph, mark));
  const blocks: string[][] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) {
      if (rng.chance(NOISE.between)) blocks.push(site.between(rng, sources));
      if (rng.chance(NOISE.loneDot) && TERMINAL_RE.test(paragraphs[index - 1] ?? '')) blocks.push(['.']);
    }
    if (index === 3 && site.afterThird !== undefined) blocks.push([site.afterThird]);
    blocks.push(rng.chance(NOISE.split) ? splitParagraph(rng, paragraph) : [paragraph]);
  });
  const footer = rng.chance(NOISE.footer) ? site.footer(rng, sources) : [];

  let lines = site.antaraLayout === true ? antaraLayout(blocks, footer) : looseLayout(rng, [...blocks, footer]);
  if (rng.chance(NOISE.doubled)) lines = [...lines, ...(rng.chance(NOISE.doubledGap) ? [''] : []), ...lines];
  const text = lines.join('\n');
  return { text: rng.chance(NOISE.finalNewline) ? `${text}\n` : text, expected: `${paragraphs.join('\n')}\n` };
}

const PLAIN_WORD_RE = /^\p{Ll}+$/u;

/**
 * The same source paragraph made this article's own: two of its plain lower-case words swapped and
 * the article's own number before its final punctuation (one token, so paragraphs of one article do
 * not all end in the same three words, which would make every article look full of near-repeats). A few hundred real paragraphs make up
 * tens of thousands of articles, so without this every paragraph would recur in hundreds of
 * different stories, which real news does not do (and which the learned-boilerplate pass rightly
 * takes for site chrome).
 */
export function varyParagraph(rng: Random, paragraph: string, mark: number): string {
  const words = paragraph.split(' ');
  const plain = words.flatMap((word, index) => (index > 0 && PLAIN_WORD_RE.test(word) ? [index] : []));
  if (plain.length >= 2) {
    const [a, b] = rng.sample(plain, 2) as [number, number];
    [words[a], words[b]] = [words[b] as string, words[a] as string];
  }
  return words.join(' ').replace(/([.!?"”’)]*)$/u, ` ${mark}$1`);
}

/**
 * Breaks a paragraph into 2–4 lines at word boundaries where the next word starts in lower case,
 * as scrapes do around hyperlinked words; a paragraph with no such boundary stays whole.
 */
export function splitParagraph(rng: Random, paragraph: string): string[] {
  const words = paragraph.split(' ');
  if (words.length < MIN_SPLIT_WORDS) return [paragraph];
  const candidates: number[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const first = words[i]?.charAt(0) ?? '';
    if (first !== first.toUpperCase() && words[i - 1] !== '') candidates.push(i);
  }
  if (candidates.length === 0) return [paragraph];
  const cuts = rng.sample(candidates, rng.int(1, 3)).sort((a, b) => a - b);
  const lines: string[] = [];
  let start = 0;
  for (const cut of [...cuts, words.length]) {
    lines.push(words.slice(start, cut).join(' '));
    start = cut;
  }
  return lines;
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

/** Other sites: one line after another, the odd block tab-indented or followed by a blank line. */
function looseLayout(rng: Random, blocks: readonly (readonly string[])[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    const indent = rng.chance(NOISE.tab) ? '\t' : '';
    block.forEach((line, at) => lines.push(at === 0 ? indent + line : line));
    if (block.length > 0 && rng.chance(NOISE.blank)) lines.push('');
  }
  return lines;
}
