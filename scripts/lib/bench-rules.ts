/**
 * A large, deterministic user rule pack for the benchmark's "rules at scale" rows: the boilerplate
 * of made-up regional outlets (related-article markers, photo credits, footers, editorial credits,
 * follow prompts), in the JSON shape `bersih --rules FILE` reads (src/rules/README.md). Every rule
 * carries strip and keep examples and passes the loader's checks, like a pack a user would write.
 *
 * The outlets do not exist, so no rule fires on the generated corpus: a run with these rules does
 * the same cleaning as one without, and the difference in time is what the extra rules cost to try.
 * Their keywords mix the two cases the keyword index meets in a real pack: the outlet's own name
 * (rare in text) and the common words a marker starts with (`baca`, `ikuti`, `redaksi`), which send
 * every line holding them to all the rules that share the word.
 */

/** One rule as `--rules FILE` takes it. */
export interface UserRuleJson {
  readonly id: string;
  readonly site: '*';
  readonly kind: 'line' | 'tail' | 'credit';
  readonly description: string;
  readonly pattern: string;
  readonly flags: string;
  readonly keywords: readonly string[];
  readonly examples: {
    readonly strip: readonly string[];
    readonly keep: readonly string[];
    readonly cut?: readonly (readonly [string, string])[];
  };
}

/** A made-up outlet: `brand` as it is printed, `slug` for rule ids, `key` as a keyword. */
export interface Outlet {
  readonly brand: string;
  readonly slug: string;
  readonly key: string;
  /** Its position in the outlet list; templates vary their wording by it. */
  readonly index: number;
}

/** Masthead words of local papers; none is a real outlet's brand on its own with a place after it. */
const MASTHEADS = ['Kabar', 'Warta', 'Lensa', 'Gema', 'Suluh', 'Jurnal', 'Sorot', 'Denyut', 'Pijar', 'Corong', 'Tapak', 'Bingkai', 'Riak'];
const PLACES = ['Natuna', 'Sumbawa', 'Bima', 'Flores', 'Alor', 'Rote', 'Buton', 'Muna', 'Banggai', 'Poso', 'Luwu', 'Selayar', 'Nias', 'Belitung', 'Tidore', 'Halmahera', 'Seram', 'Biak'];
const TITLES = ['Harga Cabai Turun Jelang Panen Raya', 'Jembatan Gantung Desa Diresmikan Bupati', 'Nelayan Keluhkan Solar Langka', 'Festival Budaya Digelar Pekan Depan', 'Puskesmas Keliling Sambangi Desa Terpencil'];
const NAMES = ['Andi Saputra', 'Rina Marlina', 'Yohanes Bria', 'Siti Rahmawati', 'La Ode Hamid', 'Maria Goreti'];
const TAGLINES = ['Jernih Mengabarkan Daerah', 'Suara dari Timur', 'Berita Lokal Terpercaya', 'Dekat dengan Warga'];
/** The words related-article markers start with, one per outlet in turn. */
const RELATED_MARKERS = ['baca juga', 'simak juga', 'lihat juga', 'baca pula', 'baca lainnya'];
const PROMPT_VERBS = ['ikuti', 'unduh', 'dukung', 'langganan'];

/** The first `count` outlets: every masthead with the first place, then with the second, and so on; numbered past the last. */
export function benchOutlets(count: number): Outlet[] {
  return Array.from({ length: count }, (_, index) => {
    const combos = MASTHEADS.length * PLACES.length;
    const masthead = MASTHEADS[index % MASTHEADS.length] as string;
    const place = PLACES[Math.floor(index / MASTHEADS.length) % PLACES.length] as string;
    const round = Math.floor(index / combos);
    const suffix = round === 0 ? '' : String(round + 1);
    const brand = `${masthead}${place}${suffix}`;
    return { brand, slug: `${masthead}-${place}${suffix}`.toLowerCase(), key: brand.toLowerCase(), index };
  });
}

type RuleTemplate = (outlet: Outlet) => UserRuleJson;

/** `baca juga` → `baca\s+juga`: the marker's words with any spacing between them. */
function wordsPattern(phrase: string): string {
  return phrase.split(' ').join(String.raw`\s+`);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pick<T>(items: readonly T[], index: number): T {
  return items[index % items.length] as T;
}

/**
 * Odd outlets key their marker rule on the outlet's name and their prompt rule on the verbs; even
 * ones the other way round, so half of each kind is reached through a common word.
 */
function keyedOnName(outlet: Outlet, rule: 'related' | 'prompt'): boolean {
  return (outlet.index % 2 === 1) === (rule === 'related');
}

const related: RuleTemplate = (outlet) => {
  const marker = pick(RELATED_MARKERS, outlet.index);
  const title = pick(TITLES, outlet.index);
  return {
    id: `${outlet.slug}/related`,
    site: '*',
    kind: 'line',
    description: `The related-article link of ${outlet.brand}: "${capitalized(marker)} di ${outlet.brand}: <title>".`,
    pattern: String.raw`^${wordsPattern(marker)}\s+(?:di\s+)?${outlet.key}(?:\.com)?\s*:[^\n]{0,200}$`,
    flags: 'iu',
    keywords: keyedOnName(outlet, 'related') ? [outlet.key] : [marker.split(' ')[0] as string],
    examples: {
      strip: [`${capitalized(marker)} di ${outlet.brand}.com: ${title}`, `${marker.toUpperCase()} ${outlet.brand}: ${title}`],
      keep: [`${capitalized(marker)} di ${outlet.brand} tentang ${title.toLowerCase()}, kata dia.`],
    },
  };
};

const photoCredit: RuleTemplate = (outlet) => {
  const name = pick(NAMES, outlet.index);
  return {
    id: `${outlet.slug}/photo-credit`,
    site: '*',
    kind: 'line',
    description: `A photo caption closing with the ${outlet.brand} credit in brackets: "... (${outlet.brand.toUpperCase()}/${name})".`,
    pattern: String.raw`\(${outlet.key}(?:\.com)?\/[^()\n]{2,60}\)$`,
    flags: 'iu',
    keywords: [outlet.key],
    examples: {
      strip: [`Suasana pasar pagi, Senin (3/3/2025). (${outlet.brand.toUpperCase()}/${name})`, `(${outlet.brand}.com/${name})`],
      keep: [`Data itu dikutip dari (${outlet.brand}/arsip) kemarin, kata dia.`],
    },
  };
};

const footer: RuleTemplate = (outlet) => {
  const tagline = pick(TAGLINES, outlet.index);
  return {
    id: `${outlet.slug}/footer`,
    site: '*',
    kind: 'tail',
    description: `The ${outlet.brand} masthead footer with its tagline: "${outlet.brand}.com — ${tagline}".`,
    pattern: String.raw`^${outlet.key}(?:\.com)?\s*[|–—-]\s*[^\n]{3,120}$`,
    flags: 'iu',
    keywords: [outlet.key],
    examples: {
      strip: [`${outlet.brand}.com — ${tagline}`, `${outlet.brand} | ${tagline}`],
      keep: [`${outlet.brand} melaporkan bahwa harga beras naik pekan ini.`],
    },
  };
};

const credit: RuleTemplate = (outlet) => {
  // Editor codes are letters only ("(gem/na)"); a numbered outlet's digits are left out.
  const letters = outlet.key.replace(/\d/g, '');
  const code = `${letters.slice(0, 3)}/${letters.slice(-2)}`;
  return {
    id: `${outlet.slug}/credit`,
    site: '*',
    kind: 'credit',
    description: `The desk credit closing a ${outlet.brand} article: "Tim Redaksi ${outlet.brand}", "Redaksi ${outlet.brand}.com (${code})".`,
    pattern: String.raw`(?:^|(?<=[.!?]\s{0,3}))(?:tim\s+)?redaksi\s+${outlet.key}(?:\.com)?(?:\s*\([a-z]{2,4}\/[a-z]{2,4}\))?$`,
    flags: 'iu',
    keywords: ['redaksi'],
    examples: {
      strip: [`Tim Redaksi ${outlet.brand}`, `Redaksi ${outlet.brand}.com (${code})`],
      cut: [[`Harga beras naik lagi, kata dia. Tim Redaksi ${outlet.brand}`, 'Harga beras naik lagi, kata dia.']],
      keep: [`Redaksi ${outlet.brand} menerima surat pembaca setiap hari.`],
    },
  };
};

const prompt: RuleTemplate = (outlet) => ({
  id: `${outlet.slug}/follow-prompt`,
  site: '*',
  kind: 'line',
  description: `A prompt to follow, download or support ${outlet.brand}: "Ikuti ${outlet.brand} di Google News", "Unduh aplikasi ${outlet.brand}".`,
  pattern: String.raw`^(?:${PROMPT_VERBS.join('|')})\s+(?:aplikasi\s+|kanal\s+)?${outlet.key}\b[^\n]{0,160}$`,
  flags: 'iu',
  keywords: keyedOnName(outlet, 'prompt') ? [outlet.key] : [...PROMPT_VERBS],
  examples: {
    strip: [`Ikuti ${outlet.brand} di Google News untuk kabar terbaru`, `Unduh aplikasi ${outlet.brand} di Play Store`, `Dukung ${outlet.brand} dengan berlangganan`],
    keep: [`Warga diminta ikuti ${outlet.brand} hanya bila perlu.`],
  },
});

/** The debris one outlet leaves; every outlet gets one rule of each, in this order. */
const TEMPLATES: readonly RuleTemplate[] = [related, photoCredit, footer, credit, prompt];

/** `count` rules: the templates in turn for one outlet after another, the same for the same count. */
export function generateBenchRules(count: number): UserRuleJson[] {
  const outlets = benchOutlets(Math.ceil(count / TEMPLATES.length));
  return Array.from({ length: count }, (_, index) => {
    const template = TEMPLATES[index % TEMPLATES.length] as RuleTemplate;
    return template(outlets[Math.floor(index / TEMPLATES.length)] as Outlet);
  });
}
