/**
 * How the scrapes of the 20 outlets of the rule pack (src/rules/sites/) look, for the benchmark
 * generator: each outlet's dateline, what it leaves between paragraphs, above the lead and under the
 * body. The lines follow the debris the fixtures (fixtures/dev, fixtures/holdout raw files) and the
 * rule examples show; headlines and names are drawn here, so no article text of a fixture is copied.
 * Every line a style adds is one the annotation guideline (fixtures/dev/GUIDELINE.md) drops or repairs.
 */

import type { CorpusSources, Random } from './generate-corpus.js';

export interface SiteStyle {
  readonly name: string;
  /** The dateline opening a lead, as the outlet prints it, with its trailing space: `Jakarta, CNN Indonesia -- `. */
  readonly dateline: (rng: Random, city: string) => string;
  /** Boilerplate for the gap between two paragraphs (one or more lines). */
  readonly between: (rng: Random, src: CorpusSources) => string[];
  /** Boilerplate after the body, when the article has a footer. */
  readonly footer: (rng: Random, src: CorpusSources) => string[];
  /** Lines above the lead, when the article has a header (share bars, timestamps, reporter lines). */
  readonly header?: (rng: Random, src: CorpusSources) => string[];
  /** An editor code the outlet glues to the end of the last paragraph: ` (tim/sfr)`, `.(*)` after the full stop. */
  readonly tailCode?: (rng: Random) => string;
  /** Lines placed after the third paragraph (the scroll prompt of detik, CNN Indonesia, kumparan). */
  readonly afterThird?: readonly string[];
  /** Antara layout: a blank line first, three blank lines after every paragraph, tab-indented lead and footer. */
  readonly antaraLayout?: true;
  /** The scrape puts the dateline on its own line(s): `Jakarta, CNN Indonesia` / `--` / `Badan ...`. */
  readonly splitsDateline?: true;
  /** The scrape puts every hyperlinked word on its own line: `di kawasan` / `Tambora` / `, Jakarta Barat ...`. */
  readonly linkFragments?: true;
  /** Tribun: a photo caption, or a teaser repeating the lead without its dateline, above a datelined lead. */
  readonly aboveDateline?: true;
}

/** Made-up journalists and photographers, added to the few names the fixtures credit. */
const FIRST_NAMES = ['Rizky', 'Dewi', 'Fajar', 'Putri', 'Hendra', 'Nur', 'Yohanes', 'Siti', 'Bagus', 'Intan', 'Galih', 'Annisa', 'Reza', 'Dimas', 'Laras', 'Wahyu'];
const LAST_NAMES = ['Pratama', 'Lestari', 'Hidayat', 'Saputra', 'Wibisono', 'Anggraini', 'Kurniawan', 'Ramadhan', 'Permadi', 'Nugroho', 'Maharani', 'Siregar', 'Firmansyah', 'Handayani'];
const CITIES = ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Makassar', 'Palembang', 'Denpasar', 'Yogyakarta', 'Malang', 'Padang', 'Pontianak', 'Banda Aceh', 'Kupang'];
const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
/** What a photo shows, for captions (the caption is made up; only its credit is the outlet's). */
const PICTURED = [
  'Petugas memeriksa kendaraan yang melintas',
  'Warga antre membeli beras murah',
  'Suasana rapat paripurna dewan perwakilan rakyat daerah',
  'Pengunjung memadati pusat perbelanjaan menjelang Lebaran',
  'Nelayan menurunkan hasil tangkapan ikan',
  'Pekerja menyelesaikan proyek jalan tol',
  'Sejumlah siswa mengikuti upacara bendera',
  'Calon penumpang menunggu kedatangan kereta',
];
/** Editor initials closing an article: `(tim/sfr)`, `(wal)`. */
const EDITOR_CODES = ['tim/sfr', 'mkh/mkh', 'ams/apl', 'kid/kid', 'nds/krs', 'wal', 'abd', 'dal', 'rdn/rdn', 'haf/haf'];

export function pickCity(rng: Random): string {
  return rng.pick(CITIES);
}

/** A credited person: one of the fixtures' names or a made-up one. */
function person(rng: Random, src: CorpusSources): string {
  return rng.chance(0.3) ? rng.pick(src.names) : `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

/**
 * A headline of another story: one of the fixtures' related titles, or the opening words of a
 * source paragraph in title case (a headline's shape: capitalised, no full stop).
 */
export function headline(rng: Random, src: CorpusSources): string {
  if (rng.chance(0.4)) return rng.pick(src.relatedTitles);
  const words = rng
    .pick(src.paragraphs)
    .replace(/[^\p{L}\p{N} ,-]/gu, '')
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const start = rng.int(0, Math.max(0, Math.min(3, words.length - 6)));
  const title = words
    .slice(start, start + rng.int(5, 10))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
    .replace(/[,-]+$/, '');
  return title === '' ? rng.pick(src.relatedTitles) : title;
}

function date(rng: Random): string {
  return `${rng.int(1, 28)}/${rng.int(1, 12)}/${rng.int(2023, 2025)}`;
}

/** A photo caption without its credit, nine words or more: `Warga antre membeli beras murah di Medan, Senin (3/6/2024).` */
export function caption(rng: Random): string {
  return `${rng.pick(PICTURED)} di ${rng.pick(CITIES)}, ${rng.pick(DAYS)} (${date(rng)}).`;
}

function timestamp(rng: Random): string {
  return `${rng.pick(DAYS)}, ${rng.int(1, 28)} ${rng.pick(MONTHS)} ${rng.int(2023, 2025)} ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} WIB`;
}

function related(rng: Random, src: CorpusSources, marker = 'Baca juga:'): string {
  return `${marker} ${headline(rng, src)}`;
}

/**
 * A headline on a line of its own, in title case as the sites that print them so write them (an
 * Antara headline in sentence case only ever follows `Baca juga: ` on the same line).
 */
function ownLineHeadline(rng: Random, src: CorpusSources): string {
  return headline(rng, src).replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** A bare marker with the title on the next line (Kompas, Suara, Katadata, Wartakota). */
function relatedSplit(rng: Random, src: CorpusSources, marker = 'Baca juga:'): string[] {
  return [marker, ownLineHeadline(rng, src)];
}

/** A bare marker followed by one to three headlines (Republika, Liputan6, Merdeka's "Berita Terkait"). */
function relatedList(rng: Random, src: CorpusSources, marker: string): string[] {
  return [marker, ...Array.from({ length: rng.int(1, 3) }, () => ownLineHeadline(rng, src))];
}

const code = (rng: Random): string => `(${rng.pick(EDITOR_CODES)})`;

/** `lines` with the given probability, else nothing (a footer's optional part). */
function sometimes(rng: Random, probability: number, lines: readonly string[]): readonly string[] {
  return rng.chance(probability) ? lines : [];
}

/** The Kompas WhatsApp prompt as its scrape breaks it, one line per link and text run. */
const KOMPAS_WHATSAPP = [
  'Simak',
  'breaking news',
  'dan',
  'berita pilihan',
  'kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel :',
  'https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D',
  '. Pastikan kamu sudah install aplikasi WhatsApp ya.',
];
const DETIK_NETWORK = ['detiksumut', 'detikJatim', 'detikJateng', 'detikBali', 'detikSulsel'];
const TRIBUN_NETWORK = ['Tribunnews.com', 'Tribunjateng.com', 'Surya.co.id', 'Serambinews.com', 'Tribunnewswiki.com', 'Wartakotalive.com'];
const SHARE_BAR = ['Bagikan', 'Facebook', 'X', 'WhatsApp', 'Salin Link'];

export const SITES: readonly SiteStyle[] = [
  {
    name: 'antaranews',
    antaraLayout: true,
    dateline: (_rng, city) => `${city} (ANTARA) - `,
    between: (rng, src) => (rng.chance(0.6) ? ['Baca juga:  '] : [related(rng, src)]),
    footer: (rng, src) => [
      `Baca juga:  Pewarta: ${person(rng, src)}`,
      `Editor: ${person(rng, src)}`,
      `\t\t\t\tCOPYRIGHT © ANTARA ${rng.int(2019, 2025)}`,
      ...sometimes(rng, 0.4, ['Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.']),
    ],
  },
  {
    name: 'kompas',
    splitsDateline: true,
    linkFragments: true,
    dateline: (_rng, city) => `${city.toUpperCase()}, KOMPAS.com - `,
    header: (rng) => [`Kompas.com - ${rng.int(1, 28)}/${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(2023, 2025)}, ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} WIB`],
    between: (rng, src) =>
      rng.pick([
        () => relatedSplit(rng, src),
        () => [related(rng, src)],
        () => [related(rng, src)],
        () => ['Lihat Foto', `${caption(rng)} (KOMPAS.com/${person(rng, src).toUpperCase()})`],
      ])(),
    footer: (rng) => (rng.chance(0.8) ? [...KOMPAS_WHATSAPP] : ['Dapatkan informasi, inspirasi dan insight di email kamu.', 'Daftarkan email']),
  },
  {
    name: 'detik',
    afterThird: ['SCROLL TO CONTINUE WITH CONTENT'],
    dateline: (rng, city) => (rng.chance(0.5) ? `${city} - ` : `${city}, ${rng.pick(DETIK_NETWORK)} - `),
    header: (rng) => [timestamp(rng)],
    between: (rng, src) =>
      rng.pick([
        () => ['ADVERTISEMENT'],
        () => ['[Gambas:Video 20detik]'],
        () => [`Simak juga Video '${headline(rng, src)}':`],
        () => [related(rng, src)],
        () => [`${caption(rng)} Foto: ${person(rng, src)}/detikcom`],
      ])(),
    footer: (rng, src) =>
      rng.pick([
        () => ['***', `Artikel ini sudah lebih dulu tayang di ${rng.pick(DETIK_NETWORK)}. Selengkapnya klik disini.`],
        () => [code(rng), '[Gambas:Video 20detik]'],
        () => [
          `Baca artikel detiknews, "${headline(rng, src)}" selengkapnya https://news.detik.com/berita/d-${rng.int(7_000_000, 7_999_999)}/berita.`,
          'Download Apps Detikcom Sekarang https://apps.detik.com/detik/',
        ],
      ])(),
  },
  {
    name: 'tribun',
    aboveDateline: true,
    splitsDateline: true,
    dateline: (rng, city) => `${rng.pick(['TRIBUNNEWS.COM', 'SERAMBINEWS.COM', 'TRIBUNJATENG.COM', 'SURYA.CO.ID'])}, ${city.toUpperCase()} - `,
    header: (rng, src) => [`Laporan Wartawan ${rng.pick(TRIBUN_NETWORK)}, ${person(rng, src)}`],
    between: (rng, src) => (rng.chance(0.8) ? [related(rng, src)] : [related(rng, src, 'Baca:')]),
    footer: (rng, src) =>
      rng.pick([
        () => [
          `(TRIBUNNEWSWIKI.COM/${person(rng, src).toUpperCase()})`,
          'Artikel ini telah tayang di Tribunnewswiki.com',
          ...Array.from({ length: rng.int(0, 3) }, () => related(rng, src)),
        ],
        () => [
          '(*)',
          `Artikel ini telah tayang di ${rng.pick(TRIBUN_NETWORK)} dengan judul ${headline(rng, src)}`,
          `Penulis: ${person(rng, src)} | Editor: ${person(rng, src)}`,
        ],
        () => ['Dapatkan berita terbaru dari Tribunnews di Google News'],
      ])(),
  },
  {
    name: 'liputan6',
    dateline: (_rng, city) => `Liputan6.com, ${city} - `,
    between: (rng, src) => (rng.chance(0.3) ? relatedList(rng, src, 'Baca Juga') : [rng.pick(['Baca Juga', 'Advertisement'])]),
    footer: (rng) =>
      rng.pick([
        () => [],
        () => ['Saksikan Video Pilihan di Bawah Ini'],
        () => ['* Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita-berita terkini dengan mengklik tautan ini.'],
        () => [
          '* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com 0811-9787-670 hanya dengan ketik kata kunci yang diinginkan.',
        ],
      ])(),
  },
  {
    name: 'cnn-indonesia',
    splitsDateline: true,
    afterThird: ['ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT'],
    dateline: (_rng, city) => `${city}, CNN Indonesia -- `,
    between: (rng, src) =>
      rng.pick([
        () => relatedSplit(rng, src, 'Lihat Juga :'),
        () => [`Lihat Juga :${ownLineHeadline(rng, src)}`],
        () => ['[Gambas:Video CNN]'],
        () => [`${caption(rng)} (CNN Indonesia/${person(rng, src)})`],
      ])(),
    footer: (rng) => [code(rng), ...sometimes(rng, 0.5, ['[Gambas:Video CNN]'])],
  },
  {
    name: 'cnbc-indonesia',
    afterThird: ['ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT'],
    dateline: (_rng, city) => `${city}, CNBC Indonesia - `,
    tailCode: (rng) => ` ${code(rng)}`,
    between: (rng, src) =>
      rng.pick([
        () => ['[Gambas:Video CNBC]'],
        () => ['ADVERTISEMENT'],
        () => [`${caption(rng)} (CNBC Indonesia/${person(rng, src)})`],
      ])(),
    footer: (rng, src) =>
      rng.pick([
        () => ['Saksikan video di bawah ini:', `Video: ${ownLineHeadline(rng, src)}`],
        () => ['Artikel Selanjutnya', ownLineHeadline(rng, src)],
        () => [
          'CNBC INDONESIA RESEARCH',
          'Disclaimer: Artikel ini adalah produk jurnalistik berupa pandangan CNBC Indonesia Research. Analisis ini tidak bertujuan mengajak pembaca untuk membeli, menahan, atau menjual produk atau sektor investasi terkait.',
        ],
      ])(),
  },
  {
    name: 'tempo',
    dateline: (_rng, city) => `TEMPO.CO, ${city} - `,
    between: (rng, src) =>
      rng.pick([
        () => ['Scroll ke bawah untuk melanjutkan membaca'],
        () => ['Baca berita dengan sedikit iklan, klik di sini'],
        () => [`Pilihan Editor: ${headline(rng, src)}`],
        () => [`${caption(rng)} TEMPO/${person(rng, src)}`],
      ])(),
    footer: (rng) =>
      rng.pick([
        () => ['Ikuti berita terkini dari Tempo di Google News, klik di sini.'],
        () => [
          'Selalu update info terkini. Simak breaking news dan berita pilihan dari Tempo.co di kanal Telegram “Tempo.co Update”. Klik https://t.me/tempodotcoupdate untuk bergabung. Anda perlu meng-install aplikasi Telegram terlebih dahulu.',
        ],
        () => ['Dilarang mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Tempo.'],
      ])(),
  },
  {
    name: 'okezone',
    dateline: (_rng, city) => `${city.toUpperCase()} - `,
    tailCode: (rng) => ` ${code(rng)}`,
    between: (rng, src) => (rng.chance(0.6) ? [related(rng, src, 'Baca Juga:')] : relatedSplit(rng, src, 'BACA JUGA:')),
    footer: (rng, src) => [
      `(${person(rng, src)} )`,
      'Follow Berita Okezone di Google News',
      ...sometimes(rng, 0.5, ['Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya di Okezone.com']),
    ],
  },
  {
    name: 'suara',
    dateline: () => 'Suara.com - ',
    tailCode: () => ' (Antara)',
    between: (rng, src) =>
      rng.chance(0.7) ? relatedSplit(rng, src, 'Baca Juga:') : [`${caption(rng)} [Suara.com/${person(rng, src)}]`],
    footer: (rng, src) => [
      '***',
      `Kontributor : ${person(rng, src)}`,
      ...sometimes(rng, 0.6, [
            'Dapatkan informasi terkini dan terbaru setiap hari dengan bergabung di Grup Telegram Suara.com. Klik link https://t.me/suaracom, kemudian join.',
            'Anda harus install aplikasi Telegram terlebih dulu di ponsel.',
          ]),
    ],
  },
  {
    name: 'viva',
    dateline: () => 'VIVA – ',
    between: (rng, src) =>
      rng.chance(0.5) ? relatedSplit(rng, src) : [caption(rng), 'Photo :', `VIVA.co.id/${person(rng, src)}`],
    footer: () => ['Halaman Selanjutnya'],
  },
  {
    name: 'republika',
    dateline: (_rng, city) => `REPUBLIKA.CO.ID, ${city.toUpperCase()} -- `,
    between: (rng, src) => (rng.chance(0.7) ? relatedList(rng, src, 'Baca Juga') : [`${caption(rng)} (Republika/${person(rng, src)})`]),
    footer: (rng, src) => [
      ...sometimes(rng, 0.5, [`Rep: ${person(rng, src)}/ Red: ${person(rng, src)}`]),
      'Ikuti Whatsapp Channel Republika',
    ],
  },
  {
    name: 'merdeka',
    splitsDateline: true,
    linkFragments: true,
    dateline: () => 'Merdeka.com - ',
    tailCode: () => ' [ded]',
    between: (rng, src) => (rng.chance(0.7) ? [related(rng, src)] : [`${caption(rng)} ©${rng.int(2023, 2025)} Merdeka.com/${person(rng, src)}`]),
    footer: (rng, src) => relatedList(rng, src, 'Berita Terkait'),
  },
  {
    name: 'jpnn',
    linkFragments: true,
    dateline: (_rng, city) => `jpnn.com, ${city.toUpperCase()} - `,
    tailCode: () => ' (jlo/jpnn)',
    between: (rng, src) => (rng.chance(0.8) ? [related(rng, src, 'BACA JUGA:')] : [`${caption(rng)} Foto: ${person(rng, src)}/JPNN.com`]),
    footer: (rng, src) =>
      rng.pick([
        () => ['Jangan Lewatkan Video Terbaru:'],
        () => ['Simak! Video Pilihan Redaksi:'],
        () => [`Redaktur & Reporter : ${person(rng, src)}`],
      ])(),
  },
  {
    name: 'idn-times',
    dateline: (_rng, city) => `${city}, IDN Times - `,
    header: () => [...SHARE_BAR],
    between: (rng, src) => (rng.chance(0.8) ? [related(rng, src, 'Baca Juga:')] : [`${caption(rng)} (IDN Times/${person(rng, src)})`]),
    footer: () => [],
  },
  {
    name: 'sindonews',
    dateline: (_rng, city) => `${city.toUpperCase()} - `,
    between: (rng, src) => (rng.chance(0.8) ? [related(rng, src, 'Baca Juga:')] : [`${caption(rng)} FOTO/MPI/${person(rng, src)}`]),
    footer: (rng) => [code(rng)],
  },
  {
    name: 'bisnis',
    dateline: (_rng, city) => `Bisnis.com, ${city.toUpperCase()} — `,
    between: (rng, src) => (rng.chance(0.8) ? [related(rng, src, 'Baca Juga :')] : [`${caption(rng)} Bisnis/${person(rng, src)}`]),
    footer: (rng, src) => [
      'Cek Berita dan Artikel yang lain di Google News dan WA Channel',
      `Editor : ${person(rng, src)}`,
      ...sometimes(rng, 0.3, [
            'Disclaimer: berita ini tidak bertujuan mengajak membeli atau menjual saham. Keputusan investasi sepenuhnya ada di tangan pembaca. Bisnis.com tidak bertanggung jawab terhadap segala kerugian maupun keuntungan yang timbul dari keputusan investasi pembaca.',
          ]),
    ],
  },
  {
    name: 'katadata',
    dateline: () => 'KATADATA - ',
    between: (rng, src) => (rng.chance(0.7) ? relatedSplit(rng, src) : [`${caption(rng)} (Katadata/${person(rng, src)})`]),
    footer: (rng, src) => [`Reporter: ${person(rng, src)}`, `Editor: ${person(rng, src)}`],
  },
  {
    name: 'times-indonesia',
    dateline: (_rng, city) => `TIMESINDONESIA, ${city.toUpperCase()} – `,
    tailCode: () => '(*)',
    between: (rng, src) => [related(rng, src, 'Baca Juga:')],
    footer: (rng, src) => [
      `Pewarta : ${person(rng, src)}`,
      `Editor : ${person(rng, src)}`,
      `Publisher : ${person(rng, src)}`,
      `Copyright © ${rng.int(2023, 2025)} TIMES Indonesia`,
      ...sometimes(rng, 0.4, ['*) Ikuti berita terbaru TIMES Indonesia di Google News klik link ini dan jangan lupa di follow.']),
    ],
  },
  {
    name: 'kumparan',
    afterThird: ['ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT'],
    dateline: () => '',
    header: () => ['Konten dari Pengguna'],
    between: (rng, src) => (rng.chance(0.8) ? ['ADVERTISEMENT'] : [`${caption(rng)} Foto: ${person(rng, src)}/kumparan`]),
    footer: (rng, src) => (rng.chance(0.3) ? [`Tulisan dari ${person(rng, src)} tidak mewakili pandangan dari redaksi kumparan`] : []),
  },
];
