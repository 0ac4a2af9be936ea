/**
 * Tribunnews and its regional network (Serambinews, Surya, Wartakota, TribunJateng, ...). The common
 * rules cover "Laporan Wartawan Tribunnews.com, X", "Artikel ini telah tayang di ...", "Penulis: X |
 * Editor: Y", "Dapatkan berita terbaru dari Tribunnews di Google News" and "(Tribunnews.com/X)".
 */

import { bracketCreditEnd } from '../parts.js';
import type { Rule } from '../rule.js';

const TRIBUN_BRANDS = String.raw`(?:TRIBUN\p{L}*|Tribun\p{L}*|SERAMBINEWS|Serambinews|SURYA|Surya|WARTAKOTALIVE|Wartakotalive|WARTAKOTA|BANJARMASINPOST|SRIPOKU|BANGKAPOS|POS-KUPANG)(?:\.(?:COM|com|CO\.ID|co\.id))?`;

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
  {
    id: 'tribun/google-news-prompt',
    site: 'tribun',
    kind: 'line',
    keywords: ['baca', 'update'],
    description: 'The network\'s "read more" prompts naming a channel: "Baca Berita Terbaru Lainnya di GOOGLE NEWS", "Update berita terbaru TribunJatim.com di Google News".',
    pattern: /^(?:baca|update)\s+(?:berita|info(?:rmasi)?|artikel)\b(?=[^\n]{0,160}?\b(?:google\s+news|whatsapp|saluran|channel)\b)[^\n]{0,200}$/iu,
    examples: {
      strip: ['Baca Berita Terbaru Lainnya di GOOGLE NEWS', 'Update berita terbaru TribunJatim.com di Google News', 'Baca berita TribunJateng.com lainnya di Google News'],
      keep: ['Baca berita itu dengan teliti sebelum membagikannya, kata polisi.'],
    },
  },
  {
    id: 'tribun/photo-caption',
    site: 'tribun',
    kind: 'line',
    keywords: ['tribun', 'serambinews', 'surya', 'wartakotalive', 'wartakota', 'banjarmasinpost', 'sripoku', 'bangkapos', 'kupang'],
    description: 'A photo caption closing with its network credit in brackets: "Presiden tiba di Istana Merdeka. (TRIBUNNEWS/Taufik Ismail)", "(SURYA.co.id/Bagus Prakoso)".',
    pattern: new RegExp(bracketCreditEnd(TRIBUN_BRANDS), 'u'),
    examples: {
      strip: ['Presiden Prabowo Subianto saat tiba di Istana Merdeka, Jakarta, Senin (3/3/2025). (TRIBUNNEWS/Taufik Ismail)', '(SURYA.co.id/Bagus Prakoso)'],
      keep: ['Ia bekerja di Tribunnews (TRIBUNNEWS.COM) sejak 2010.'],
    },
  },
];
