/**
 * CNN Indonesia. The common rules cover most of its debris ("[Gambas:Video CNN]", "Lihat Juga :",
 * "Pilihan Redaksi", "ADVERTISEMENT", "(tim/sfr)", the "Jakarta, CNN Indonesia --" dateline); what is
 * its own is the credit in its captions.
 */

import { bracketCreditEnd } from '../parts.js';
import type { Rule } from '../rule.js';

export const cnnIndonesiaRules: readonly Rule[] = [
  {
    id: 'cnn-indonesia/photo-caption',
    site: 'cnn-indonesia',
    kind: 'line',
    keywords: ['cnn'],
    description: 'A photo caption closing with its CNN Indonesia credit: "Petugas BMKG memantau cuaca. (CNN Indonesia/Adhi Wicaksono)".',
    pattern: new RegExp(bracketCreditEnd(String.raw`CNN\s*Indonesia`), 'u'),
    examples: {
      strip: ['Ilustrasi. Petugas BMKG memantau cuaca di Jakarta. (CNN Indonesia/Adhi Wicaksono)', '(CNN Indonesia/Safir Makki)'],
      keep: ['Hal itu disampaikan dalam wawancara dengan CNN Indonesia (CNN Indonesia TV), Senin.', 'Ia berbicara kepada CNN Indonesia/Kompas TV pekan lalu.'],
    },
  },
];
