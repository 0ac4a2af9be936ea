/**
 * Suara.com. The common rules cover the Telegram prompt and its install note, "Baca Juga:" with the
 * title below, "Kontributor : X" and "(Antara)"; its own is the photo credit in square brackets.
 */

import type { Rule } from '../rule.js';

export const suaraRules: readonly Rule[] = [
  {
    id: 'suara/photo-caption',
    site: 'suara',
    kind: 'line',
    keywords: ['suara', 'antara', 'istimewa', 'dok', 'instagram'],
    description: 'A photo caption closing with its credit in square brackets, or the credit alone: "Ilustrasi penumpang KRL. [Suara.com/Alfian Winanto]", "[ANTARA/Aditya Pradana Putra]", "[Istimewa]".',
    pattern: /\[\s*(?:Suara\.com|Suara\p{L}+\.(?:com|id)|ANTARA(?:\s+FOTO)?|Antara|Istimewa|Dok(?:umentasi)?\.?(?:\s[^\]\n]{1,40})?|Instagram)(?:\s*\/\s*[^\]\n]{1,60})?\s*\]\.?$/iu,
    examples: {
      strip: ['Ilustrasi penumpang KRL di Stasiun Manggarai. [Suara.com/Alfian Winanto]', 'Petugas memeriksa tiket penumpang. [ANTARA/Aditya Pradana Putra]', '[Istimewa]', 'Banjir di Kemang. [Dok. BPBD DKI]'],
      keep: ['Ia menyebut akun [Suara.com/komunitas] di media sosial, katanya.', '[Istimewa] itu judul lagunya yang paling populer.'],
    },
  },
];
