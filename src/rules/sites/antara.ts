/**
 * ANTARA and its regional sites. The common rules cover "Pewarta: X Editor: Y", "COPYRIGHT © ANTARA",
 * "Dilarang mengambil konten ...", "Baca juga:" and "(ANTARA FOTO/...)"; what is its own is the
 * photo credit that closes a caption without brackets.
 */

import { CAPTION_CREDIT_START } from '../parts.js';
import type { Rule } from '../rule.js';

export const antaraRules: readonly Rule[] = [
  {
    id: 'antara/photo-credit',
    site: 'antara',
    kind: 'line',
    keywords: ['antara'],
    description: 'A caption closing with its credit, or the credit alone: "Petugas memeriksa kendaraan ... (8/4/2025). ANTARA FOTO/Aprillio Akbar/YU".',
    pattern: new RegExp(String.raw`${CAPTION_CREDIT_START}ANTARA\s+FOTO\s*\/\s*\p{Lu}[\p{L} .'’-]{0,60}(?:\/[\p{L} .'’-]{1,30}){0,2}\.?$`, 'u'),
    examples: {
      strip: ['Petugas memeriksa kendaraan di Gerbang Tol Cikampek Utama, Jawa Barat, Selasa (8/4/2025). ANTARA FOTO/Aprillio Akbar/YU', 'ANTARA FOTO/Galih Pradipta/nym.'],
      keep: ['Foto itu dimuat ANTARA FOTO/Reuters kemarin, kata dia.', 'Kantor Berita ANTARA FOTO menggelar pameran di Jakarta.'],
    },
  },
];
