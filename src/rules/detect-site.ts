/**
 * Which outlet an article comes from, read from its own text: a dateline or brand string in its
 * first lines, else a footer in its last lines. Site rules apply only to their site.
 */

import type { Line } from '../types.js';

export interface SiteSignature {
  /** Site id used by rules (`kompas`, `antara`, ...). */
  readonly id: string;
  readonly name: string;
  /** Brand strings that identify the outlet in a dateline, credit or footer. */
  readonly signature: RegExp;
}

/** Ordered: where one line names two outlets, the first listed wins (a regional Tribun site before Kompas). */
export const SITES: readonly SiteSignature[] = [
  { id: 'tribun', name: 'Tribunnews and the Tribun network', signature: /\b(?:TRIBUN[A-Z]*|SERAMBINEWS|WARTAKOTALIVE|BANJARMASINPOST|SRIPOKU|BANGKAPOS|POSBELITUNG|POS-KUPANG|SURYA|TRIBUNNEWSWIKI)\.(?:COM|CO\.ID)\b|\bTribun[A-Za-z]*\.com\b|\bSerambinews\.com\b|\b(?:SURYA|Surya)\.co\.id\b/ },
  { id: 'antara', name: 'ANTARA', signature: /\((?:ANTARA|Antara)\)|\bANTARA(?:\s+News|\s+FOTO)?\b|antaranews\.com/ },
  { id: 'kompas', name: 'Kompas.com', signature: /\bKOMPAS\.com\b|\bKompas\.com\b|\bkompas\.(?:com|id)\b/ },
  // Not the bare word: "detik" is also Indonesian for "second" ("dalam hitungan detik").
  { id: 'detik', name: 'detik.com', signature: /\b(?:20detik|detik\.com|detik(?:com|news|finance|sport|inet|oto|travel|food|health|hot|edu|jatim|jateng|jabar|sumut|sulsel|bali|jogja|sumbagsel|properti|pop|x)\b)/i },
  { id: 'cnn-indonesia', name: 'CNN Indonesia', signature: /\bCNN Indonesia\b|cnnindonesia\.com/ },
  { id: 'cnbc-indonesia', name: 'CNBC Indonesia', signature: /\bCNBC Indonesia\b|cnbcindonesia\.com/ },
  { id: 'tempo', name: 'Tempo', signature: /\bTEMPO\.CO\b|\bTempo\.co\b|\btempo\.co\b/ },
  { id: 'liputan6', name: 'Liputan6.com', signature: /\bLiputan6(?:\.com)?\b/i },
  { id: 'okezone', name: 'Okezone', signature: /\bOkezone(?:\.com)?\b/i },
  { id: 'suara', name: 'Suara.com', signature: /\bSuara\.com\b/i },
  { id: 'viva', name: 'VIVA', signature: /^VIVA\b|\bVIVA\.co\.id\b/ },
  { id: 'republika', name: 'Republika', signature: /\bREPUBLIKA\.CO\.ID\b|\bRepublika(?:\.co\.id)?\b/ },
  { id: 'merdeka', name: 'Merdeka.com', signature: /\bMerdeka\.com\b/i },
  { id: 'jpnn', name: 'JPNN', signature: /\bjpnn\.com\b/i },
  { id: 'idn-times', name: 'IDN Times', signature: /\bIDN Times\b/ },
  { id: 'kumparan', name: 'kumparan', signature: /\bkumparan(?:\.com)?\b/i },
  { id: 'sindonews', name: 'SINDOnews', signature: /\bSINDOnews(?:\.com)?\b/i },
  { id: 'bisnis', name: 'Bisnis.com', signature: /\bBisnis\.com\b/i },
  { id: 'katadata', name: 'Katadata', signature: /\bKatadata(?:\.co\.id)?\b/i },
  { id: 'times-indonesia', name: 'TIMES Indonesia', signature: /\bTIMES Indonesia\b|\bTIMESINDONESIA\b|timesindonesia\.co\.id/i },
  { id: 'kapanlagi', name: 'KapanLagi.com', signature: /\bKapanLagi(?:\.com)?\b/i },
];

/** Whether a site id names a site of the table. */
export function isKnownSite(id: string): boolean {
  return SITES.some((site) => site.id === id);
}

/** The refusal for a site id that is not in the table, listing the known ones. */
export function unknownSiteMessage(id: string): string {
  return `unknown site "${id}"; known sites: ${SITES.map((site) => site.id).join(', ')}`;
}

const HEAD_SCAN = 3;
const TAIL_SCAN = 6;

/**
 * The site each line names, per line object, for the shipped table: the pipeline reads the site
 * again after every round, mostly from the same head and tail lines.
 */
const shippedSiteByLine = new WeakMap<Line, string | null>();

function siteNamedBy(line: Line, sites: readonly SiteSignature[]): string | undefined {
  const search = (): string | undefined => sites.find((candidate) => candidate.signature.test(line.text))?.id;
  if (sites !== SITES) return search();
  let known = shippedSiteByLine.get(line);
  if (known === undefined) shippedSiteByLine.set(line, (known = search() ?? null));
  return known ?? undefined;
}

/** The first site whose signature appears in the first lines, else in the last lines (scanning upwards). */
export function detectSite(lines: readonly Line[], sites: readonly SiteSignature[] = SITES): string | undefined {
  const head = lines.slice(0, HEAD_SCAN);
  const tail = lines.slice(Math.max(HEAD_SCAN, lines.length - TAIL_SCAN)).reverse();
  for (const line of [...head, ...tail]) {
    const site = siteNamedBy(line, sites);
    if (site) return site;
  }
  return undefined;
}
