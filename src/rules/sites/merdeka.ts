/**
 * Merdeka.com. The common rules cover "Berita Terkait" with its titles, "[ded]" codes, "Reporter
 * Magang: X" and a "©2024 Merdeka.com/X" line alone; its own is that credit closing a caption.
 */

import type { Rule } from '../rule.js';

export const merdekaRules: readonly Rule[] = [
  {
    id: 'merdeka/photo-caption',
    site: 'merdeka',
    kind: 'line',
    keywords: ['merdeka'],
    description: 'A photo caption closing with its credit: "Suasana Bundaran HI saat car free day. ©2024 Merdeka.com/Imam Buhori".',
    pattern: /©\s*\d{4}\s*merdeka\.com\s*\/\s*[^\n]{1,60}$/iu,
    examples: {
      strip: ['Suasana Bundaran HI saat car free day. ©2024 Merdeka.com/Imam Buhori', '©2025 Merdeka.com/Arie Basuki'],
      keep: ['Laporan Merdeka.com menyebut harga naik 5 persen pada 2024.'],
    },
  },
];
