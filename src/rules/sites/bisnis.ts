/**
 * Bisnis.com. The common rules cover "Cek Berita dan Artikel yang lain di Google News dan WA
 * Channel", "Editor : X", "Baca Juga : ..." and the investment disclaimer; its own is the caption credit.
 */

import { CAPTION_CREDIT_START, PHOTO_NAME } from '../parts.js';
import type { Rule } from '../rule.js';

export const bisnisRules: readonly Rule[] = [
  {
    id: 'bisnis/photo-caption',
    site: 'bisnis',
    kind: 'line',
    keywords: ['bisnis'],
    description: 'A caption closing with its credit, or the credit alone: "Karyawan melintas di depan layar IHSG ... Senin (3/6/2024). Bisnis/Fanny Kusumawardhani".',
    pattern: new RegExp(String.raw`${CAPTION_CREDIT_START}Bisnis\s*\/\s*${PHOTO_NAME}$`, 'u'),
    examples: {
      strip: ['Karyawan melintas di depan layar pergerakan IHSG di Bursa Efek Indonesia, Jakarta, Senin (3/6/2024). Bisnis/Fanny Kusumawardhani', 'Bisnis/Himawan L Nugraha'],
      keep: ['Pelaku usaha menilai iklim Bisnis/investasi membaik, kata dia.'],
    },
  },
];
