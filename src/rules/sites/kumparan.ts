/** kumparan: the user-content notes and the caption credit ("Foto: Jamal Ramadhan/kumparan"); "ADVERTISEMENT" is common. */

import { CAPTION_CREDIT_START } from '../parts.js';
import type { Rule } from '../rule.js';

export const kumparanRules: readonly Rule[] = [
  {
    id: 'kumparan/user-content-note',
    site: 'kumparan',
    kind: 'line',
    keywords: ['konten', 'tulisan'],
    description: 'The notes on user-written posts: "Konten dari Pengguna", "Tulisan dari X tidak mewakili pandangan dari redaksi kumparan".',
    pattern: /^(?:konten\s+dari\s+pengguna|tulisan\s+dari\s+[^\n]{1,80}?\s+tidak\s+mewakili\s+pandangan\s+(?:dari\s+)?redaksi\s+kumparan)\.?$/iu,
    examples: {
      strip: ['Konten dari Pengguna', 'Tulisan dari Rina Putri tidak mewakili pandangan dari redaksi kumparan'],
      keep: ['Konten dari pengguna media sosial itu viral, kata polisi.'],
    },
  },
  {
    id: 'kumparan/photo-caption',
    site: 'kumparan',
    kind: 'line',
    keywords: ['kumparan'],
    description: 'A caption closing with its credit, or the credit alone: "Presiden menyapa wartawan di Istana. Foto: Jamal Ramadhan/kumparan".',
    pattern: new RegExp(String.raw`${CAPTION_CREDIT_START}Foto\s*:\s*[^.!?\n]{1,60}\/\s*kumparan\p{L}*\s*$`, 'iu'),
    examples: {
      strip: ['Foto: Jamal Ramadhan/kumparan', 'Presiden Prabowo menyapa wartawan di Istana. Foto: Jamal Ramadhan/kumparan'],
      keep: ['Foto itu diunggah kumparan pada Senin.'],
    },
  },
];
