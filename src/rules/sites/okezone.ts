/**
 * Okezone. Everything its scrapes leave is covered by the common rules, so it has no rule of its
 * own: "Follow Berita Okezone di Google News" and "Dapatkan berita up to date ... Okezone.com"
 * (common/follow-prompt), "Baca Juga:" (common/baca-juga), "(Arief Setyadi )" and "(wal)"
 * (common/editor-code), "Halaman: 1 2" (common/pagination), "(Foto: Okezone/...)" (common/photo-caption).
 * Add a rule here only for debris those miss.
 */

import type { Rule } from '../rule.js';

export const okezoneRules: readonly Rule[] = [];
