/** The site packs, site detection, the dateline kind and the rule listing. */

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCleaner } from '../src/clean.js';
import { describeRules } from '../src/rules/describe.js';
import { detectSite, SITES } from '../src/rules/detect-site.js';
import { allRules, composeRules, RULE_PACK_VERSION, selectRules, siteRules } from '../src/rules/index.js';
import { splitRawLines } from '../src/text/lines.js';

/** The outlets issue 3 names, by site id. */
const OUTLETS = ['kompas', 'detik', 'cnn-indonesia', 'cnbc-indonesia', 'antara', 'tempo', 'tribun', 'liputan6', 'okezone', 'suara', 'viva', 'republika', 'merdeka', 'jpnn', 'idn-times', 'kumparan', 'sindonews', 'bisnis', 'katadata', 'times-indonesia'];
const BODY = Array.from({ length: 10 }, (_, index) => `Paragraf isi berita nomor ${index + 1} berisi kalimat yang lengkap.`);

describe('rules → site packs', () => {
  it('has one file per outlet, each with a site signature', () => {
    const files = readdirSync(new URL('../src/rules/sites/', import.meta.url)).map((file) => file.replace(/\.ts$/, ''));
    for (const site of OUTLETS) {
      expect(files, site).toContain(site);
      expect(SITES.map((known) => known.id), site).toContain(site);
    }
  });

  it('names every site rule after its site, a known one, and lists site rules before common ones', () => {
    for (const rule of siteRules) {
      expect(rule.id.split('/')[0]).toBe(rule.site);
      expect(SITES.map((known) => known.id)).toContain(rule.site);
    }
    const firstCommon = allRules.findIndex((rule) => rule.site === '*');
    expect(allRules.slice(firstCommon).every((rule) => rule.site === '*')).toBe(true);
    expect(RULE_PACK_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it('puts extra rules between the site rules and the common ones', () => {
    const extra = { ...allRules[0], id: 'user/x', site: '*' } as (typeof allRules)[number];
    const composed = composeRules([extra]);
    expect(composed.indexOf(extra)).toBe(siteRules.length);
    expect(composeRules([])).toBe(allRules);
  });

  it.each<[string, string]>([
    ['kompas', 'Suasana antrean warga di Kantor Pos Jakarta, Senin (3/3/2025). (KOMPAS.com/ADHYASTA DIRGANTARA)'],
    ['cnn-indonesia', 'Petugas BMKG memantau cuaca di Jakarta. (CNN Indonesia/Adhi Wicaksono)'],
    ['antara', 'Petugas memeriksa kendaraan di Gerbang Tol Cikampek Utama. ANTARA FOTO/Aprillio Akbar/YU'],
    ['tempo', 'Suasana Pasar Induk Kramat Jati, Jakarta, 3 Maret 2025. TEMPO/Subekti'],
    ['suara', 'Ilustrasi penumpang KRL di Stasiun Manggarai. [Suara.com/Alfian Winanto]'],
    ['bisnis', 'Karyawan melintas di depan layar IHSG di Jakarta. Bisnis/Fanny Kusumawardhani'],
  ])('applies %s caption rules to that site only', (site, caption) => {
    const raw = [BODY[0], caption, BODY[1]].join('\n');
    const own = createCleaner({ site }).clean(raw);
    expect(own.text).not.toContain(caption);
    expect(own.edits.find((edit) => edit.action === 'drop')?.rule.startsWith(`${site}/`)).toBe(true);
    expect(createCleaner({ site: site === 'viva' ? 'kompas' : 'viva' }).clean(raw).text).toContain(caption);
  });

  it('selects a site rule for its site and not for an unknown one', () => {
    expect(selectRules(allRules, 'tempo', []).some((rule) => rule.id === 'tempo/telegram-update')).toBe(true);
    expect(selectRules(allRules, undefined, []).some((rule) => rule.site !== '*')).toBe(false);
  });
});

describe('rules → detect-site', () => {
  it.each<[string, string]>([
    ['JAKARTA, KOMPAS.com - Harga BBM turun.', 'kompas'],
    ['Jakarta (ANTARA) - Harga emas naik.', 'antara'],
    ['TEMPO.CO, Jakarta - Harga beras naik.', 'tempo'],
    ['Jakarta, CNN Indonesia -- BMKG mengeluarkan peringatan.', 'cnn-indonesia'],
    ['Jakarta, CNBC Indonesia - IHSG menguat.', 'cnbc-indonesia'],
    ['REPUBLIKA.CO.ID, JAKARTA -- Kemenag memperpanjang pelunasan.', 'republika'],
    ['Liputan6.com, Jakarta - Harga cabai naik.', 'liputan6'],
    ['jpnn.com, JAKARTA - Honorer meminta kepastian.', 'jpnn'],
    ['Jakarta, IDN Times - Tarif naik.', 'idn-times'],
    ['Suara.com - KCI menambah perjalanan.', 'suara'],
    ['VIVA – Harga emas mencetak rekor.', 'viva'],
    ['Merdeka.com - Komdigi memutus akses.', 'merdeka'],
    ['Bisnis.com, JAKARTA — OJK mencatat kenaikan.', 'bisnis'],
    ['TIMESINDONESIA, MALANG – Penyair muda membaca puisi.', 'times-indonesia'],
    ['TRIBUNJATENG.COM, SEMARANG - Banjir rob menggenangi jalan.', 'tribun'],
    ['SURYA.co.id, SURABAYA - Larangan parkir diterapkan.', 'tribun'],
    ['Follow Berita Okezone di Google News', 'okezone'],
    ['Baca artikel detiknews, "Judul" selengkapnya https://news.detik.com/berita/d-1/judul', 'detik'],
  ])('%s → %s', (line, site) => {
    expect(detectSite(splitRawLines(`${line}\n`))).toBe(site);
  });

  it('does not take "detik" (Indonesian for "second") for detik.com', () => {
    expect(detectSite(splitRawLines('Mobil itu berakselerasi 0-100 km/jam dalam 8,6 detik.\n'))).toBeUndefined();
  });
});

describe('rules → dateline kind', () => {
  const lead = 'JAKARTA, KOMPAS.com - Pertamina menurunkan harga BBM nonsubsidi mulai Senin (1/12/2025).';
  const raw = `Harga BBM Turun Mulai Hari Ini\n${lead}\n${BODY[0]}\n`;

  it('is recognised and reported as a flag by default, the paragraph kept whole', () => {
    const result = createCleaner().clean(raw);
    expect(result.text).toBe(raw);
    expect(result.edits).toEqual([{ pass: 'dateline', rule: 'common/dateline', action: 'flag', from: [2], text: 'JAKARTA, KOMPAS.com -', reason: expect.stringContaining('stripDatelines') }]);
  });

  it('is cut from the lead with stripDatelines, and cleaning again changes nothing', () => {
    const cleaner = createCleaner({ stripDatelines: true });
    const result = cleaner.clean(raw);
    expect(result.text).toBe(`Harga BBM Turun Mulai Hari Ini\nPertamina menurunkan harga BBM nonsubsidi mulai Senin (1/12/2025).\n${BODY[0]}\n`);
    expect(result.edits).toEqual([expect.objectContaining({ rule: 'common/dateline', action: 'cut', text: 'JAKARTA, KOMPAS.com -' })]);
    expect(cleaner.clean(result.text).text).toBe(result.text);
  });

  it('is whole after merging a split dateline, and reported once', () => {
    const split = `Jakarta, CNN Indonesia\n--\nBMKG mengeluarkan peringatan dini cuaca ekstrem.\n`;
    const flags = createCleaner().clean(split).edits.filter((edit) => edit.action === 'flag');
    expect(flags).toEqual([expect.objectContaining({ text: 'Jakarta, CNN Indonesia --' })]);
    expect(createCleaner({ stripDatelines: true }).clean(split).text).toBe('BMKG mengeluarkan peringatan dini cuaca ekstrem.\n');
  });

  it('keeps a body captured twice to one copy, with its dateline cut once', () => {
    const twice = `${lead}\n${BODY[0]}\n${lead}\n${BODY[0]}\n`;
    const cleaner = createCleaner({ stripDatelines: true });
    const result = cleaner.clean(twice);
    expect(result.text).toBe(`Pertamina menurunkan harga BBM nonsubsidi mulai Senin (1/12/2025).\n${BODY[0]}\n`);
    expect(cleaner.clean(result.text).text).toBe(result.text);
  });

  it('only opens the lead: not further down, not a headline, not with the rule or boilerplate off', () => {
    const late = [...BODY.slice(0, 4), lead].join('\n');
    expect(createCleaner().clean(late).edits.filter((edit) => edit.action === 'flag')).toEqual([]);
    expect(createCleaner().clean('Persija - Persib Berbagi Angka di GBK\n').edits).toEqual([]);
    expect(createCleaner({ disabledRules: ['common/dateline'] }).clean(raw).edits).toEqual([]);
    expect(createCleaner({ boilerplate: false }).clean(raw).edits).toEqual([]);
  });

  it('does not glue a list to a datelined lead (the dash join is for a dateline still waiting for it)', () => {
    const list = `${lead}\n- Pertalite Rp 10.000 per liter\n- Pertamax Rp 12.500 per liter\n`;
    expect(createCleaner().clean(list).text).toBe(list);
  });
});

describe('rules → describeRules', () => {
  it('lists id, kind, site and description, one rule a row, in pack order', () => {
    const table = describeRules(allRules).split('\n');
    expect(table[0]).toMatch(/^ID\s+KIND\s+SITE\s+DESCRIPTION$/);
    expect(table).toHaveLength(allRules.length + 3); // header, rows, count, final newline
    expect(table[1]).toMatch(new RegExp(`^${allRules[0]?.id}\\s+${allRules[0]?.kind}\\s+${allRules[0]?.site}\\s+\\S`));
    expect(table.at(-2)).toBe(`${allRules.length} rules`);
  });

  it('with a site, lists that site’s rules and the common ones', () => {
    const table = describeRules(allRules, 'republika');
    expect(table).toContain('republika/rep-red');
    expect(table).toContain('common/baca-juga');
    expect(table).not.toContain('kompas/');
    expect(table.trimEnd().split('\n').at(-1)).toMatch(/^\d+ rules for site republika$/);
  });
});
