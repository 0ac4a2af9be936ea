/**
 * Tempo. The common rules cover "Baca berita dengan sedikit iklan", "Pilihan Editor:", "Scroll ke
 * bawah ...", the Google News prompt and "Dilarang mengambil konten"; its own are the Telegram
 * footer and the caption credit.
 */

import { CAPTION_CREDIT_START, PHOTO_NAME } from '../parts.js';
import type { Rule } from '../rule.js';

export const tempoRules: readonly Rule[] = [
  {
    id: 'tempo/telegram-update',
    site: 'tempo',
    kind: 'line',
    keywords: ['selalu'],
    description: 'The Telegram footer: "Selalu update info terkini. Simak breaking news dan berita pilihan dari Tempo.co di kanal Telegram ...".',
    pattern: /^selalu\s+update\s+info\s+terkini\b(?=[^\n]{0,400}?(?:telegram|whatsapp|google\s+news))[^\n]{0,500}$/iu,
    examples: {
      strip: ['Selalu update info terkini. Simak breaking news dan berita pilihan dari Tempo.co di kanal Telegram “Tempo.co Update”. Klik https://t.me/tempodotcoupdate untuk bergabung. Anda perlu meng-install aplikasi Telegram terlebih dahulu.'],
      keep: ['Selalu update info terkini soal cuaca sebelum berangkat, kata petugas BMKG.'],
    },
  },
  {
    id: 'tempo/photo-caption',
    site: 'tempo',
    kind: 'line',
    keywords: ['tempo'],
    description: 'A caption closing with its credit, or the credit alone: "Suasana Pasar Induk Kramat Jati, Jakarta, 3 Maret 2025. TEMPO/Subekti".',
    pattern: new RegExp(String.raw`${CAPTION_CREDIT_START}TEMPO\s*\/\s*${PHOTO_NAME}$`, 'u'),
    examples: {
      strip: ['Suasana Pasar Induk Kramat Jati, Jakarta, 3 Maret 2025. TEMPO/Subekti', 'TEMPO/Hilman Fathurrahman W'],
      keep: ['Menurut laporan TEMPO/Majalah pekan ini, harga naik.', 'Laporan itu dimuat di TEMPO/Tempo.co pekan lalu.'],
    },
  },
];
