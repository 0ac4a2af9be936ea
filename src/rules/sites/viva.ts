/**
 * VIVA. The common rules cover "Photo :" with its caption and credit (common/photo-marker),
 * "Halaman Selanjutnya" and the "VIVA –" dateline; its own is a credit line standing alone.
 */

import { PHOTO_NAME } from '../parts.js';
import type { Rule } from '../rule.js';

export const vivaRules: readonly Rule[] = [
  {
    id: 'viva/photo-credit',
    site: 'viva',
    kind: 'line',
    keywords: ['viva'],
    description: 'A photo credit alone on a line, without the "Photo :" marker above it: "VIVA/Muhamad Solihin", "VIVA.co.id/Anisa Rahmawati".',
    pattern: new RegExp(String.raw`^VIVA(?:\.co\.id)?\s*\/\s*${PHOTO_NAME}$`, 'u'),
    examples: {
      strip: ['VIVA/Muhamad Solihin', 'VIVA.co.id/Anisa Rahmawati', 'VIVA/M Ali Wafa'],
      keep: ['VIVA/Antara melaporkan harga naik pada pagi ini.'],
    },
  },
];
