/**
 * SINDOnews. The common rules cover "Baca Juga:", "(abd)" and the "JAKARTA -" dateline; its own is
 * the upper-case caption credit ("FOTO/dok.SINDOnews", "FOTO/MPI/Arif Julianto").
 */

import { CAPTION_CREDIT_START } from '../parts.js';
import type { Rule } from '../rule.js';

export const sindonewsRules: readonly Rule[] = [
  {
    id: 'sindonews/photo-caption',
    site: 'sindonews',
    kind: 'line',
    keywords: ['foto'],
    description: 'A caption closing with its upper-case credit, or the credit alone: "Ilustrasi pabrik tekstil. FOTO/dok.SINDOnews".',
    pattern: new RegExp(String.raw`${CAPTION_CREDIT_START}FOTO\s*\/\s*[^\s.!?][^!?\n]{0,60}$`, 'u'),
    examples: {
      strip: ['Ilustrasi pabrik tekstil di Bandung. FOTO/dok.SINDOnews', 'FOTO/MPI/Arif Julianto'],
      keep: ['Kegiatan FOTO/VIDEO itu digelar di Jakarta, kata panitia.'],
    },
  },
];
