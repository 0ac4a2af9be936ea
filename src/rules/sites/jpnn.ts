/**
 * JPNN. The common rules cover "BACA JUGA:", "(jlo/jpnn)", "Jangan Lewatkan Video Terbaru:" and
 * "Redaktur : X"; its own are the combined credit, the caption credit and its video prompt.
 */

import { CAPTION_CREDIT_START, NAMES } from '../parts.js';
import type { Rule } from '../rule.js';

export const jpnnRules: readonly Rule[] = [
  {
    id: 'jpnn/redaktur-reporter',
    site: 'jpnn',
    kind: 'credit',
    keywords: ['redaktur', 'reporter'],
    description: 'The combined credit "Redaktur & Reporter : Fathan Sinaga".',
    pattern: new RegExp(String.raw`^(?:Redaktur\s*(?:&|dan)\s*Reporter|Reporter\s*(?:&|dan)\s*Redaktur)\s*:\s*${NAMES}$`, 'u'),
    examples: {
      strip: ['Redaktur & Reporter : Fathan Sinaga'],
      keep: ['Redaktur dan reporter itu hadir dalam rapat redaksi.'],
    },
  },
  {
    id: 'jpnn/photo-caption',
    site: 'jpnn',
    kind: 'line',
    keywords: ['jpnn'],
    description: 'A caption closing with its credit, or the credit alone: "Ketua DPR Puan Maharani. Foto: Ricardo/JPNN.com".',
    pattern: new RegExp(String.raw`${CAPTION_CREDIT_START}Foto\s*:\s*[^.!?\n]{1,60}\/\s*(?:JPNN|jpnn)(?:\.com)?\s*$`, 'u'),
    examples: {
      strip: ['Ketua DPR Puan Maharani. Foto: Ricardo/JPNN.com', 'Foto: Ricardo/JPNN.com'],
      keep: ['Foto itu dikirim ke redaksi jpnn.com pada Senin.'],
    },
  },
  {
    id: 'jpnn/video-prompt',
    site: 'jpnn',
    kind: 'line',
    keywords: ['simak'],
    description: 'The video prompt "Simak! Video Pilihan Redaksi:".',
    pattern: /^simak!?\s+video\s+pilihan\s+redaksi\s*:?$/iu,
    examples: {
      strip: ['Simak! Video Pilihan Redaksi:'],
      keep: ['Simak! Ia berkata dengan lantang.'],
    },
  },
];
