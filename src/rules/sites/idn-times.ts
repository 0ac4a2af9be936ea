/**
 * IDN Times. The common rules cover its share bar, "Baca Juga:", "(dok. ...)" and
 * "(instagram.com/...)" credits and the "Jakarta, IDN Times -" dateline; its own is the caption credit.
 */

import { bracketCreditEnd } from '../parts.js';
import type { Rule } from '../rule.js';

export const idnTimesRules: readonly Rule[] = [
  {
    id: 'idn-times/photo-caption',
    site: 'idn-times',
    kind: 'line',
    keywords: ['idn'],
    description: 'A photo caption closing with its credit in brackets: "Ilustrasi Transjakarta (IDN Times/Aryodamar)".',
    pattern: new RegExp(bracketCreditEnd(String.raw`IDN\s*Times`), 'u'),
    examples: {
      strip: ['Ilustrasi Transjakarta (IDN Times/Aryodamar)', '(IDN Times/Sukma Shakti)'],
      keep: ['Ia bergabung dengan IDN Times (IDN Times Community) tahun lalu.'],
    },
  },
];
