/** detik.com and its regional and topical sites (detikNews, detikFinance, detikJateng, 20detik, ...). */

import { CAPTION_CREDIT_START } from '../parts.js';
import type { Rule } from '../rule.js';

export const detikRules: readonly Rule[] = [
  {
    id: 'detik/read-article-footer',
    site: 'detik',
    kind: 'line',
    keywords: ['baca'],
    description: 'The footer a copied detik article carries: \'Baca artikel detiknews, "Judul" selengkapnya https://news.detik.com/...\'.',
    pattern: /^baca\s+artikel\s+(?:20)?detik\p{L}*\s*,?\s[^\n]{0,300}\bselengkapnya\b[^\n]{0,300}$/iu,
    examples: {
      strip: [
        'Baca artikel detiknews, "Polisi Tangkap Pelaku Begal di Bekasi" selengkapnya https://news.detik.com/berita/d-7123456/polisi-tangkap-pelaku-begal-di-bekasi.',
        'Baca artikel detikJateng, "SPMB Semarang Dibuka" selengkapnya https://www.detik.com/jateng/berita/d-7345678/spmb-semarang-dibuka.',
      ],
      keep: ['Baca artikel detiknews itu sebelum berkomentar, kata dia.'],
    },
  },
  {
    id: 'detik/download-apps',
    site: 'detik',
    kind: 'line',
    keywords: ['download'],
    description: 'The app prompt under copied detik articles: "Download Apps Detikcom Sekarang https://apps.detik.com/detik/".',
    pattern: /^download\s+apps?\s+detik(?:com)?\b[^\n]{0,120}$/iu,
    examples: {
      strip: ['Download Apps Detikcom Sekarang https://apps.detik.com/detik/'],
      keep: ['Download aplikasi itu gratis, kata petugas.'],
    },
  },
  {
    id: 'detik/live-promo',
    site: 'detik',
    kind: 'line',
    keywords: ['saksikan', 'tonton'],
    description: 'A promo for detik\'s live shows: "Saksikan Live DetikPagi :", "Saksikan Live DetikSore:".',
    pattern: /^(?:saksikan|tonton)\s+live\s+detik\p{L}*\b[^\n]{0,80}$/iu,
    examples: {
      strip: ['Saksikan Live DetikPagi :', 'Saksikan Live DetikSore:'],
      keep: ['Saksikan pula siaran detik-detik terakhir pertandingan itu.'],
    },
  },
  {
    id: 'detik/photo-credit',
    site: 'detik',
    kind: 'line',
    keywords: ['detik'],
    description: 'A photo credit line, alone or closing a caption: "Foto: Rengga Sancaya/detikcom", "Foto ilustrasi: Mindra Purnomo/detikcom".',
    pattern: new RegExp(String.raw`${CAPTION_CREDIT_START}foto(?:\s+ilustrasi)?\s*:\s*[^.!?\n]{1,80}\/\s*(?:20)?detik\p{L}*(?:\.com)?\s*$`, 'iu'),
    examples: {
      strip: ['Foto: Rengga Sancaya/detikcom', 'Foto ilustrasi: Mindra Purnomo/detikcom', 'Suasana Stasiun Manggarai pada jam pulang kerja. Foto: Rengga Sancaya/detikcom'],
      keep: ['Foto: Rengga Sancaya dan timnya tiba di lokasi.', 'Foto itu diunggah ke detikcom pada Senin.'],
    },
  },
];
