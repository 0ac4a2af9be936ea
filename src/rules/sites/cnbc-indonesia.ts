/** CNBC Indonesia: the research desk's sign-off, embedded video titles, caption credits. */

import { bracketCreditEnd } from '../parts.js';
import type { Rule } from '../rule.js';

export const cnbcIndonesiaRules: readonly Rule[] = [
  {
    id: 'cnbc-indonesia/research-signoff',
    site: 'cnbc-indonesia',
    kind: 'line',
    place: 'end',
    keywords: ['cnbc'],
    description: 'The sign-off "CNBC INDONESIA RESEARCH" at the end of research-desk articles.',
    pattern: /^cnbc\s+indonesia\s+research$/iu,
    examples: {
      strip: ['CNBC INDONESIA RESEARCH'],
      keep: ['CNBC Indonesia Research mencatat harga batu bara naik 3%.'],
    },
  },
  {
    id: 'cnbc-indonesia/video-title',
    site: 'cnbc-indonesia',
    kind: 'line',
    keywords: ['video'],
    restIsHeadline: true,
    description: 'The title of an embedded video: "Video: IHSG Menguat, Asing Borong Saham Bank Jumbo".',
    pattern: /^video\s*:\s*/iu,
    examples: {
      strip: ['Video: IHSG Menguat, Asing Borong Saham Bank Jumbo'],
      keep: ['Video: rekaman itu beredar luas sejak pagi.', 'Video itu diunggah pada Senin.'],
    },
  },
  {
    id: 'cnbc-indonesia/photo-caption',
    site: 'cnbc-indonesia',
    kind: 'line',
    keywords: ['cnbc'],
    description: 'A photo caption closing with its CNBC Indonesia credit: "Pekerja di Bursa Efek Indonesia. (CNBC Indonesia/Muhammad Sabki)".',
    pattern: new RegExp(bracketCreditEnd(String.raw`CNBC\s*Indonesia`), 'u'),
    examples: {
      strip: ['Pekerja membersihkan papan elektronik di Bursa Efek Indonesia, Jakarta. (CNBC Indonesia/Muhammad Sabki)'],
      keep: ['Menurut riset itu (CNBC Indonesia Research), harga naik.'],
    },
  },
];
