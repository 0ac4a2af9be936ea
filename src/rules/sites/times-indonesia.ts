/**
 * TIMES Indonesia. The common rules cover "Pewarta : X", "Editor : X", "Publisher : X", "Copyright ©
 * 2025 TIMES Indonesia", "*) Ikuti berita terbaru TIMES Indonesia di Google News ..." and the
 * "TIMESINDONESIA, MALANG –" dateline; its own are the notes under opinion pieces.
 */

import type { Rule } from '../rule.js';

export const timesIndonesiaRules: readonly Rule[] = [
  {
    id: 'times-indonesia/opinion-note',
    site: 'times-indonesia',
    kind: 'line',
    keywords: ['tulisan', 'kopi', 'ingin'],
    description: 'The starred notes under opinion pieces: "*) Tulisan Opini ini sepenuhnya adalah tanggungjawab penulis ...", "*) Kopi TIMES atau rubrik opini di TIMES Indonesia terbuka untuk umum ...".',
    pattern: /^\*{1,2}\)\s*(?:tulisan\s+opini\s+ini\s+sepenuhnya|kopi\s+times\s+atau\s+rubrik\s+opini|ingin\s+punya\s+karya\s+tulis)\b[^\n]{0,400}$/iu,
    examples: {
      strip: ['*) Tulisan Opini ini sepenuhnya adalah tanggungjawab penulis, tidak menjadi bagian tanggungjawab redaksi timesindonesia.co.id', '*) Kopi TIMES atau rubrik opini di TIMES Indonesia terbuka untuk umum. Panjang naskah maksimal 4.000 karakter atau sekitar 600 kata.'],
      keep: ['Tulisan opini ini sepenuhnya ditulis oleh mahasiswa, kata dosen.'],
    },
  },
];
