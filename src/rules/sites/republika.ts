/**
 * Republika. The common rules cover "Ikuti Whatsapp Channel Republika", bare "Baca Juga" with its
 * titles and "sumber : Antara"; its own are the "Rep: X Red: Y" credit and the caption credit.
 */

import { NAMES } from '../parts.js';
import type { Rule } from '../rule.js';

export const republikaRules: readonly Rule[] = [
  {
    id: 'republika/rep-red',
    site: 'republika',
    kind: 'credit',
    keywords: ['rep', 'red'],
    description: 'The reporter and editor credit: "Rep: Fauziah Mursid/ Red: Andri Saubani", "Red: Nidia Zuraya".',
    pattern: new RegExp(String.raw`^(?:Rep\s*:\s*${NAMES}\s*[/|,]?\s*)?Red\s*:\s*${NAMES}$`, 'u'),
    examples: {
      strip: ['Rep: Fauziah Mursid/ Red: Andri Saubani', 'Red: Nidia Zuraya'],
      keep: ['Red: warna itu dipilih karena berani, kata desainer.'],
    },
  },
  {
    id: 'republika/photo-caption',
    site: 'republika',
    kind: 'line',
    keywords: ['republika'],
    description: 'A photo caption closing with its credit: "Jamaah haji tiba di Bandara Soekarno-Hatta. Foto: Republika/Putra M. Akbar", "(Republika/Thoudy Badai)".',
    pattern: /(?:\(\s*(?:REPUBLIKA|Republika)(?:\.co\.id)?\s*\/\s*[^()\n]{1,60}\)|(?:^|[.!?"”)]\s*)Foto\s*:\s*(?:REPUBLIKA|Republika)(?:\.co\.id)?\s*\/\s*[^()\n]{1,60})\.?$/u,
    examples: {
      strip: ['Jamaah haji tiba di Bandara Soekarno-Hatta. Foto: Republika/Putra M. Akbar', 'Suasana Masjid Istiqlal. (Republika/Thoudy Badai)'],
      keep: ['Menurut arsip (Republika/arsip) harga naik pekan ini.'],
    },
  },
];
