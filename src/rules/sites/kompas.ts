/** Kompas.com: the WhatsApp-channel and newsletter prompts, the "Lihat Foto" link, photo credits, the page timestamp. */

import { bracketCreditEnd } from '../parts.js';
import type { Rule } from '../rule.js';

export const kompasRules: readonly Rule[] = [
  {
    id: 'kompas/whatsapp-channel',
    site: 'kompas',
    kind: 'inline',
    keywords: ['breaking'],
    description: 'The prompt "Simak breaking news dan berita pilihan kami langsung di ponselmu ... WhatsApp Channel" (once its fragments are joined), cut even when a subheading without a full stop was joined in front of it.',
    pattern: /(?:^|(?<=\s))simak breaking news dan berita pilihan kami\b.*$/iu,
    examples: {
      strip: ['Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.'],
      cut: [['Lumbung suara Jokowi Simak breaking news dan berita pilihan kami langsung di ponselmu.', 'Lumbung suara Jokowi']],
      keep: ['Simak breaking news di televisi, kata dia kepada anaknya.'],
    },
  },
  {
    id: 'kompas/lihat-foto',
    site: 'kompas',
    kind: 'line',
    keywords: ['lihat'],
    description: 'The "Lihat Foto" link Kompas puts under every picture, left alone on a line.',
    pattern: /^lihat\s+foto$/iu,
    examples: {
      strip: ['Lihat Foto', 'LIHAT FOTO'],
      keep: ['Lihat foto-foto itu di galeri kami, kata dia.', 'Lihat foto itu!'],
    },
  },
  {
    id: 'kompas/newsletter',
    site: 'kompas',
    kind: 'line',
    keywords: ['dapatkan', 'daftarkan'],
    description: 'The newsletter box: "Dapatkan informasi, inspirasi dan insight di email kamu." and its "Daftarkan email" button.',
    pattern: /^(?:dapatkan\s+informasi,\s+inspirasi\s+dan\s+insight\s+di\s+email\s+kamu\.?|daftarkan\s+email)$/iu,
    examples: {
      strip: ['Dapatkan informasi, inspirasi dan insight di email kamu.', 'Daftarkan email'],
      keep: ['Dapatkan informasi itu dari kelurahan, kata camat.'],
    },
  },
  {
    id: 'kompas/comment-campaign',
    site: 'kompas',
    kind: 'line',
    keywords: ['tulis'],
    description: 'The comment campaign under articles: "Tulis komentar dengan menyertakan tagar #JernihBerkomentar dan #MelihatHarapan di kolom komentar artikel Kompas.com ...".',
    pattern: /^tulis\s+komentar\s+dengan\s+menyertakan\s+tagar\b[^\n]{0,400}$/iu,
    examples: {
      strip: ['Tulis komentar dengan menyertakan tagar #JernihBerkomentar dan #MelihatHarapan di kolom komentar artikel Kompas.com. Menangkan ratusan voucher belanja dan kupon undian.'],
      keep: ['Tulis komentar yang sopan, pinta moderator kepada warganet.'],
    },
  },
  {
    id: 'kompas/timestamp',
    site: 'kompas',
    kind: 'line',
    keywords: ['kompas'],
    description: 'The page timestamp with the brand: "Kompas.com - 12/03/2024, 10:15 WIB" (it would otherwise pass for a dateline).',
    pattern: /^kompas\.com\s*-\s*\d{1,2}\/\d{1,2}\/\d{4},?\s*\d{1,2}[:.]\d{2}\s*(?:wib|wita|wit)?$/iu,
    examples: {
      strip: ['Kompas.com - 12/03/2024, 10:15 WIB', 'Kompas.com - 1/2/2025, 07:05 WIB'],
      keep: ['Kompas.com - Harga emas naik pada Senin (12/3/2024).'],
    },
  },
  {
    id: 'kompas/photo-caption',
    site: 'kompas',
    kind: 'line',
    keywords: ['kompas'],
    description: 'A photo caption closing with its Kompas credit in brackets: "Suasana antrean warga ... (KOMPAS.com/ADHYASTA DIRGANTARA)".',
    pattern: new RegExp(bracketCreditEnd(String.raw`KOMPAS\.com|Kompas\.com|KOMPAS\.COM|KOMPAS\.id|Kompas\.id|KOMPAS|Kompas`), 'u'),
    examples: {
      strip: ['Suasana antrean warga di Kantor Pos Jakarta, Senin (3/3/2025). (KOMPAS.com/ADHYASTA DIRGANTARA)', 'Ilustrasi emas batangan (KOMPAS.com/Wahyu Adityo Prodjo)', '(KOMPAS/HERU SRI KUMORO)'],
      keep: ['Data itu dikutip dari (KOMPAS.com/arsip) kemarin, kata dia.', 'Harga emas naik tajam pekan ini (KOMPAS.com).'],
    },
  },
];
