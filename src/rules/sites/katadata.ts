/**
 * Katadata. The common rules cover "Reporter: X" / "Editor: Y", "Baca Juga" and the "KATADATA -"
 * dateline; its own is the caption credit.
 */

import { bracketCreditEnd, CAPTION_CREDIT_START, PHOTO_NAME } from '../parts.js';
import type { Rule } from '../rule.js';

export const katadataRules: readonly Rule[] = [
  {
    id: 'katadata/photo-caption',
    site: 'katadata',
    kind: 'line',
    keywords: ['katadata'],
    description: 'A caption closing with its credit: "Petani memanen padi di Karawang. (Katadata/Fauza Syahputra)", "Foto: Katadata/Fauza Syahputra".',
    pattern: new RegExp(String.raw`${bracketCreditEnd(String.raw`Katadata|KATADATA`)}|${CAPTION_CREDIT_START}(?:Foto\s*:\s*)?(?:Katadata|KATADATA)\s*\/\s*${PHOTO_NAME}$`, 'u'),
    examples: {
      strip: ['Petani memanen padi di Karawang. (Katadata/Fauza Syahputra)', 'Foto: Katadata/Fauza Syahputra'],
      keep: ['Riset Katadata/Databoks menunjukkan produksi naik pada April.'],
    },
  },
];
