/**
 * Liputan6.com. The common rules cover "Saksikan Video Pilihan di Bawah Ini", bare "Baca Juga" with
 * its titles, "Advertisement" and "* Follow Official WhatsApp Channel Liputan6.com ..."; its own are
 * the fact-check prompt and the caption credit.
 */

import { bracketCreditEnd } from '../parts.js';
import type { Rule } from '../rule.js';

export const liputan6Rules: readonly Rule[] = [
  {
    id: 'liputan6/fact-check-prompt',
    site: 'liputan6',
    kind: 'line',
    keywords: ['fakta'],
    description: 'The fact-check prompt: "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com ...".',
    pattern: /^\*?\s*fakta\s+atau\s+hoaks\s*\?\s*untuk\s+mengetahui\s+kebenaran\s+informasi\b[^\n]{0,300}$/iu,
    examples: {
      strip: ['* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com 0811-9787-670 hanya dengan ketik kata kunci yang diinginkan.'],
      keep: ['Fakta atau hoaks? Pertanyaan itu muncul setelah video beredar.'],
    },
  },
  {
    id: 'liputan6/photo-caption',
    site: 'liputan6',
    kind: 'line',
    keywords: ['liputan6'],
    description: 'A photo caption closing with its credit in brackets: "Warga antre membeli minyak goreng. (Liputan6.com/Herman Zakharia)".',
    pattern: new RegExp(bracketCreditEnd(String.raw`Liputan6(?:\.com)?|LIPUTAN6(?:\.COM)?`), 'u'),
    examples: {
      strip: ['Warga antre membeli minyak goreng di Pasar Senen, Jakarta. (Liputan6.com/Herman Zakharia)'],
      keep: ['Laporan itu dimuat (Liputan6.com/arsip) pada pekan lalu.'],
    },
  },
];
