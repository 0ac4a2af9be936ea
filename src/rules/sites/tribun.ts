/** Tribunnews and its regional network (Serambinews, Surya, Wartakota, ...). */

import type { Rule } from '../rule.js';

export const tribunRules: readonly Rule[] = [
  {
    id: 'tribun/caption-before-dateline',
    site: 'tribun',
    kind: 'line',
    place: 'before-dateline',
    description: 'The photo caption or teaser a Tribun scrape puts above the datelined lead: a full sentence of eight words or more ending in a full stop, which a headline never is.',
    pattern: /^(?=[^\n]{30,800}$)(?=(?:\S+\s+){7})[^\n]*\.["”’)]*$/u,
    examples: {
      strip: ['Foto pertemuan Ketum PDI-P Megawati Soekarnoputri dengan Menko Polhukam Mahfud MD di kediaman Megawati, Jalan Teuku Umar, Jakarta.'],
      keep: ['Mahfud MD Resmi Jadi Cawapres Ganjar Pranowo', 'Megawati Bertemu Mahfud MD', 'Siapa yang Akan Jadi Cawapres Ganjar Pranowo di Pilpres 2024?'],
    },
  },
];
