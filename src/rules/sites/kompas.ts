/** Kompas.com: the WhatsApp-channel prompt under every article. */

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
];
