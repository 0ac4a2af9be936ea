/**
 * Site-agnostic boilerplate: what scrapers of any Indonesian outlet leave behind. Every pattern is
 * anchored (line start, or the end of a line in the article's first or last lines), so prose that
 * merely contains the words survives; each rule's `keep` examples prove it.
 */

import { DATELINE_RE } from '../text/classify.js';
import { NAMES } from './parts.js';
import type { Rule } from './rule.js';

/** A character of a credit, not of a sentence: dots only inside a token ("Kompas.com"), never ". " or "!". */
const NOT_A_SENTENCE = String.raw`(?:[^.!?\n]|\.(?!\s))`;
/** "Artikel ini telah tayang di ...": the note a syndicated or regional copy carries. */
const SYNDICATION_NOTE_RE = /^(?:sebagian\s+)?(?:artikel|berita|tulisan)\s+ini\s+(?:telah|sudah|pernah)\s+(?:lebih\s+dulu\s+)?(?:tayang|terbit|dimuat|dipublikasikan|diterbitkan)\b/iu;
/** The roles news credits name. */
const CREDIT_ROLE_WORDS = ['editor', 'penulis', 'reporter', 'pewarta', 'penyunting', 'redaktur', 'fotografer', 'kontributor', 'penerjemah', 'produser', 'videografer', 'jurnalis', 'wartawan', 'publisher'];
const CREDIT_ROLE = String.raw`(?:${CREDIT_ROLE_WORDS.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('|')})`;
/** A role in a credit line, "Reporter Magang" (an intern) included. */
const CREDIT_LINE_ROLE = String.raw`${CREDIT_ROLE}(?:\s+[Mm]agang)?`;

export const commonRules: readonly Rule[] = [
  {
    id: 'common/baca-juga',
    site: '*',
    kind: 'line',
    description: 'A related-article link: "Baca juga: Title", "BACA JUGA", "Lihat juga:", "Baca:"; a bare marker also takes the titles listed under it.',
    keywords: ['baca', 'lihat', 'bacajuga', 'lihatjuga'],
    pattern: /^[*•>»–-]{0,3}\s*(?:(?:baca|lihat)\s*juga|baca)\s*(?::|>{1,3}|»|$)/iu,
    takesHeadlines: 3,
    examples: {
      strip: ['Baca juga: Pemerintah target bangun 500 politeknik', '* Baca juga: Harga Emas Naik', 'Baca juga >> Harga Emas Naik', 'Baca Juga:Title Glued', 'BACA JUGA: Harga Emas Naik', 'Baca Juga', 'Baca juga:', 'Lihat juga: Video Banjir', 'Baca: Polisi Tangkap Pelaku'],
      keep: ['Ia meminta warga baca juga petunjuk pemakaian sebelum membeli.', 'Baca juga petunjuk pemakaian sebelum minum obat itu, kata dokter.', 'Bacaan doa itu dibacakan bersama.'],
    },
  },
  {
    id: 'common/baca-juga-title',
    site: '*',
    kind: 'line',
    description: 'A related-article link without a colon, followed by a title-cased headline: "Baca Juga Pemerintah Target Bangun 500 Politeknik".',
    keywords: ['baca', 'lihat'],
    pattern: /^[*•>»–-]{0,3}\s*(?:baca|lihat)\s+juga\s+/iu,
    restIsHeadline: true,
    examples: {
      strip: ['Baca Juga Pemerintah Target Bangun 500 Politeknik', 'BACA JUGA Harga Emas Antam Hari Ini Naik Rp 5.000'],
      keep: ['Baca juga petunjuk pemakaian sebelum minum obat itu, kata dokter.'],
    },
  },
  {
    id: 'common/baca-juga-inline',
    site: '*',
    kind: 'inline',
    description: 'A related-article link glued to the end of a content paragraph: "... kata dia. Baca juga: Title".',
    keywords: ['juga', 'bacajuga', 'lihatjuga', 'simakjuga'],
    pattern: /(?<=[.!?"”’)]\s*)(?:baca|lihat|simak)\s*juga\s*:.*$/iu,
    examples: {
      strip: [],
      cut: [['Harga cabai naik tajam, kata dia. Baca juga: Harga Bawang Turun', 'Harga cabai naik tajam, kata dia.'], ['"Kami siap," ujarnya.Baca Juga: Timnas Menang', '"Kami siap," ujarnya.']],
      keep: ['Ia meminta warga baca juga petunjuk pemakaian sebelum membeli.', 'Ia berkata: baca juga bukunya.'],
    },
  },
  {
    id: 'common/related-list',
    site: '*',
    kind: 'line',
    description: 'A heading of related-article lists: "Berita Terkait", "Artikel Terkait", "Rekomendasi", "Pilihan Editor:", "Pilihan Redaksi", "Terpopuler".',
    keywords: ['berita', 'artikel', 'topik', 'video', 'rekomendasi', 'pilihan', 'terpopuler', 'baca', 'selengkapnya'],
    pattern: /^(?:berita|artikel|topik|video)\s+terkait\s*:?\s*$|^(?:rekomendasi(?:\s+untuk\s+anda)?|pilihan\s+(?:editor|redaksi)|berita\s+pilihan|terpopuler|(?:artikel|berita)\s+(?:selanjutnya|sebelumnya|lainnya)|baca\s+selengkapnya|selengkapnya(?:\s+(?:(?:klik|baca)\s+)?di\s*sini)?)\s*(?::[^\n]{0,200}[^.!?\s])?$/iu,
    takesHeadlines: 3,
    examples: {
      strip: ['Berita Terkait', 'Artikel Terkait:', 'Rekomendasi', 'Pilihan Editor: Jokowi Resmikan Tol Baru', 'Pilihan Redaksi', 'Baca Selengkapnya', 'Selengkapnya di sini', 'Artikel Selanjutnya'],
      keep: ['Berita terkait banjir itu menyebar cepat di media sosial.', 'Artikel selanjutnya akan membahas dampaknya.', 'Rekomendasi itu disampaikan kepada presiden.', 'Selengkapnya akan diumumkan besok.', 'Pilihan redaksi jatuh pada foto banjir itu.'],
    },
  },
  {
    id: 'common/video-promo',
    site: '*',
    kind: 'line',
    description: 'A video promo line: "Simak juga Video \'...\':", "Simak Video ...", "Saksikan video ...", "Tonton juga:", "Simak juga:".',
    keywords: ['simak', 'saksikan', 'tonton', 'jangan'],
    pattern: /^(?:simak|saksikan|tonton)(?:\s+juga)?\s+(?:video|live\s+streaming|selengkapnya)\b|^jangan\s+lewatkan\s+video\b|^(?:simak|saksikan|tonton)\s+juga\s*:?\s*$/iu,
    examples: {
      strip: ["Simak juga Video 'Gempa Guncang Cianjur':", "Simak Video 'Momen Jokowi Resmikan Tol':", 'Saksikan Video Pilihan di Bawah Ini', 'Simak juga:', 'Jangan Lewatkan Video Terbaru:'],
      keep: ['Simak kedua liputan itu di Mingguan Tempo pekan ini.', 'Warga menyimak video itu dengan saksama.'],
    },
  },
  {
    id: 'common/ads-and-scroll',
    site: '*',
    kind: 'line',
    description: 'Ad slots and scroll prompts left as lines: "ADVERTISEMENT", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT", "Scroll ke bawah untuk melanjutkan membaca".',
    keywords: ['advertisement', 'advertisment', 'iklan', 'ads', 'sponsored', 'konten', 'scroll', 'gulir', 'lanjut', 'lanjutkan', 'continue'],
    pattern: /^(?:advertise?ment(?:\s*[-–]\s*scroll\s+to\s+continue)?|iklan|ads|sponsored(?:\s+content)?|konten\s+bersponsor|scroll\s+to\s+(?:continue|resume)\s+(?:with\s+)?(?:content|reading)|(?:scroll|gulir)\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|lanjut)\s+(?:membaca|baca)|lanjut(?:kan)?\s+membaca|continue\s+reading)\s*[.:!]?$/iu,
    examples: {
      strip: ['ADVERTISEMENT', 'Advertisement', 'SCROLL TO CONTINUE WITH CONTENT', 'SCROLL TO RESUME CONTENT', 'Scroll ke bawah untuk melanjutkan membaca', 'GULIR UNTUK LANJUT BACA', 'Iklan'],
      keep: ['Iklan itu tayang di televisi selama sepekan.', 'Advertisement agency itu dibeli perusahaan Jepang.'],
    },
  },
  {
    id: 'common/embed-placeholder',
    site: '*',
    kind: 'line',
    description: 'Embedded media placeholders: "[Gambas:Video 20detik]", "[Gambas:Instagram]", "[email protected]".',
    keywords: ['gambas', 'email'],
    pattern: /^(?:\[\s*gambas\s*:[^\]]*\]\s*)+$|^\[\s*email\s*(?:&nbsp;|\s)*protected\s*\]$/iu,
    examples: {
      strip: ['[Gambas:Video 20detik]', '[Gambas:Instagram]', '[email protected]'],
      keep: ['Alamat surel [email protected] tidak aktif lagi, kata dia.'],
    },
  },
  {
    id: 'common/script-residue',
    site: '*',
    kind: 'line',
    description: 'Ad-script code captured as text: "(adsbygoogle = window.adsbygoogle || []).push({});", googletag calls.',
    keywords: ['adsbygoogle', 'googletag', 'window', 'document', 'var'],
    pattern: /^\(?\s*(?:adsbygoogle\s*=\s*window\.adsbygoogle|googletag\.|window\.\w+\s*=|document\.write\(|var\s+\w+\s*=)/iu,
    examples: {
      strip: ['(adsbygoogle = window.adsbygoogle || []).push({});', "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });"],
      keep: ['Google menjelaskan cara kerja iklan adsbygoogle kepada pengiklan.'],
    },
  },
  {
    id: 'common/share-bar',
    site: '*',
    kind: 'line',
    ordinaryWords: true,
    description: 'Share-bar and player words captured as lines: "Bagikan", "Dengarkan artikel", "url telah tercopy", "Salin link".',
    keywords: ['bagikan', 'share', 'dengarkan', 'url', 'link', 'salin', 'copy', 'tweet', 'komentar', 'print', 'cetak', 'facebook', 'x', 'twitter', 'whatsapp', 'telegram', 'line', 'linkedin', 'pinterest', 'email', 'mail'],
    pattern: /^(?:bagikan(?:\s+(?:artikel|berita)(?:\s+ini)?)?|share(?:\s+this)?|dengarkan(?:\s+(?:artikel|berita)(?:\s+ini)?)?|url\s+telah\s+tercopy|link\s+(?:telah\s+)?(?:berhasil\s+)?(?:disalin|tersalin|tercopy)|salin\s+(?:link|tautan)|copy\s+link|tweet|komentar|print|cetak|facebook|x|twitter|whatsapp|telegram|line|linkedin|pinterest|e-?mail)\s*[:.!]?$/iu,
    examples: {
      strip: ['Bagikan', 'Dengarkan artikel', 'url telah tercopy', 'Salin link', 'Share', 'Facebook', 'X', 'WhatsApp'],
      keep: ['Bagikan pengalaman Anda kepada keluarga, kata dia.', 'Komentar itu viral di media sosial.'],
    },
  },
  {
    id: 'common/follow-prompt',
    site: '*',
    kind: 'line',
    description: 'Follow/subscribe/download prompts naming a channel: "Ikuti Whatsapp Channel Republika", "(Ayo ikuti saluran WhatsApp KapanLagi.com ...)", "Follow Berita Okezone di Google News", "* Follow Official WhatsApp Channel Liputan6.com ...", "*) Ikuti berita terbaru TIMES Indonesia di Google News ...".',
    keywords: ['ikuti', 'follow', 'gabung', 'gabunglah', 'bergabung', 'bergabunglah', 'join', 'subscribe', 'langganan', 'berlangganan', 'dapatkan', 'download', 'unduh', 'klik', 'simak', 'cek'],
    pattern: /^(?:[([*•]|\*{1,2}\))?\s*(?:ayo\s+|yuk\s+|jangan\s+lupa\s+)?(?:ikuti|follow|gabung(?:lah)?|bergabung(?:lah)?|join|subscribe|langganan|berlangganan|dapatkan|download|unduh|klik|simak|cek)\b(?=.{0,240}?(?:whatsapp|telegram|google\s+news|instagram|tiktok|youtube|facebook|twitter|\bx\.com|channel|saluran|newsletter|aplikasi|app\b|notifikasi|update\s+berita|berita\s+(?:terkini|terbaru|pilihan)))[^\n]{0,300}$/iu,
    examples: {
      strip: ['Ikuti Whatsapp Channel Republika', '(Ayo ikuti saluran WhatsApp KapanLagi.com biar nggak ketinggalan update berita terbaru)', 'Ikuti berita terkini dari Tribunnews di Google News', 'Download aplikasi Kompas.com untuk berita terbaru', 'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram', 'Simak berita terbaru Tribunnews.com di Google News', 'Cek Berita dan Artikel yang lain di Google News dan WA Channel', 'Follow Berita Okezone di Google News', 'Dapatkan berita terbaru dari Tribunnews di Google News', '* Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita-berita terkini dengan mengklik tautan ini.', '*) Ikuti berita terbaru TIMES Indonesia di Google News klik link ini dan jangan lupa di follow.', 'Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya di Okezone.com'],
      keep: ['Ikuti perkembangan kasus ini, kata polisi kepada wartawan.', 'Warga diminta mengunduh aplikasi itu sebelum berangkat.', 'Simak kedua liputan itu di Mingguan Tempo pekan ini.'],
    },
  },
  {
    id: 'common/copyright',
    site: '*',
    kind: 'line',
    description: 'Copyright and reuse notices: "COPYRIGHT © ANTARA News Sumatera Utara 2020", "© 2024 Kompas.com", "Hak Cipta Dilindungi Undang-Undang", "Dilarang mengambil konten ...".',
    keywords: ['copyright', 'hak', 'dilarang', '©', 'c'],
    pattern: /^(?:copyright\s*(?:©|\(c\)|\d{4})|©\s*\S|\(c\)\s*\d{4})[^\n]{0,150}$|^copyright\b[^\n]{0,100}(?:\d{4}|all\s+rights\s+reserved)\.?$|^hak\s+cipta\s*(?:©|\(c\)|\d{4}|dilindungi|oleh\s+\S+\.(?:com|co\.id|id))|^dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|menayangkan|memperbanyak|mereproduksi)\s+(?:ulang\s+)?(?:konten|artikel|berita|tulisan|sebagian)/iu,
    examples: {
      strip: ['COPYRIGHT © ANTARA News Sumatera Utara 2020', 'COPYRIGHT © ANTARA 2023', '© 2024 Kompas.com. All rights reserved.', 'Copyright 2023 Tempo.co', 'Hak Cipta Dilindungi Undang-Undang', 'Dilarang mengambil konten, melakukan crawling atau indexing otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.'],
      keep: ['Hak cipta lagu itu dipegang oleh penciptanya sejak 1990.', 'Copyright dan paten menjadi isu dalam sidang itu. Hakim menolak gugatan.', 'Dilarang mengambil foto di area ini, kata petugas.'],
    },
  },
  {
    id: 'common/credit-line',
    site: '*',
    kind: 'line',
    description: 'A credit line naming people: "Pewarta: Aditya Ramadhan", "Editor: Teguh Handoko", "Penulis: A | Editor: B", "Reporter: X, Editor: Y".',
    keywords: CREDIT_ROLE_WORDS,
    pattern: new RegExp(String.raw`^(?:${CREDIT_LINE_ROLE}\s*:\s*${NAMES}\s*(?:[|,;/]\s*)?)+$`, 'u'),
    examples: {
      strip: ['Pewarta: Aditya Ramadhan', 'Editor: Teguh Handoko', 'Pewarta: Aditya Ramadhan Editor: Teguh Handoko', 'Penulis: Ardito Ramadhan | Editor: Icha Rastika', 'Reporter: M. Rusdi, Editor: Dwi Setiawan', 'Publisher : Sholihin Nur', 'Reporter Magang: Nadya Nur Aulia'],
      keep: ['Editor: buku itu terbit tahun lalu dan laris.', 'Penulis buku itu, Ahmad Tohari, hadir dalam acara.'],
    },
  },
  {
    id: 'common/credit-free',
    site: '*',
    kind: 'credit',
    description: 'A credit or source line at the start or end of an article: "Sumber : Antara", "Editor: Redaksi Daerah", "Laporan Wartawan Tribunnews.com, Fersianus Waku", "Laporan Rahmad Wiguna | Aceh Tamiang".',
    keywords: [...CREDIT_ROLE_WORDS, 'sumber', 'foto', 'photo', 'teks', 'grafis', 'video', 'redaksi', 'kontak', 'email', 'mail', 'surel', 'laporan'],
    pattern: new RegExp(String.raw`^(?:(?:${CREDIT_ROLE}|Sumber|Sumber\s+foto|Foto|Photo|Teks|Grafis|Video|Redaksi|Kontak|Email|E-mail|Surel)\s*:${NOT_A_SENTENCE}{1,120}\.?|Laporan\s+(?:(?:Wartawan|Reporter|Kontributor|Koresponden)\b${NOT_A_SENTENCE}{1,120}|[^|.!?]{3,60}\|[^.!?]{2,60}))$`, 'iu'),
    examples: {
      strip: ['sumber : Antara', 'Sumber: ANTARA', 'Redaksi: [email protected]', 'Foto: Arif Maulana', 'Laporan Wartawan Tribunnews.com, Fersianus Waku', 'Laporan Rahmad Wiguna | Aceh Tamiang', 'Editor: Redaksi daerah'],
      keep: ['Laporan keuangan perusahaan itu menunjukkan kerugian.', 'Sumber itu mengatakan bahwa rapat ditunda. Ia enggan disebut namanya.'],
    },
  },
  {
    id: 'common/editor-code',
    site: '*',
    kind: 'credit',
    description: 'Editor initials or an agency tag closing the last paragraph or standing alone: "(kpl/khs)", "(nds/krs)", "(*)", "(mad)", "(Antara)", "(Arief Setyadi )".',
    keywords: [')', ']'],
    pattern: /(?<=^|[.!?"”’)]\s*)(?:\[\s*[a-z]{2,5}(?:\/[a-z]{2,5}){0,2}\s*\]|\(\s*(?:\p{L}{2,5}(?:\s*\/\s*\p{L}{2,5}){1,3}|\*{1,3}|[a-z]{2,4}|[Aa]ntara|ANTARA|ANT|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,3})\s*\))$/u,
    examples: {
      strip: ['(kpl/khs)', '(nds/krs)', '(Cas/Isk)', '(Arief Setyadi )', '(*)'],
      cut: [['Hal itu disampaikan tambah Munawar AR.(*)', 'Hal itu disampaikan tambah Munawar AR.'], ['Harga naik, kata dia. [ded]', 'Harga naik, kata dia.'], ['Lokasinya di Aceh Tamiang. (mad)', 'Lokasinya di Aceh Tamiang.'], ['Harga naik, kata dia. (Antara)', 'Harga naik, kata dia.']],
      keep: ['Presiden mengatakan, "Kita siap (Antara) dan semua media."', 'Ia tiba di Jakarta (DKI) pada pagi hari', 'Pertandingan itu dimenangi Persib (2-1)'],
    },
  },
  {
    id: 'common/photo-credit',
    site: '*',
    kind: 'line',
    description: 'A photo or agency credit alone on a line: "(TRIBUNNEWSWIKI.COM/PUTRADI PAMUNGKAS)", "(ANTARA FOTO/Galih Pradipta)", "(KOMPAS.com/ADHYASTA DIRGANTARA)".',
    keywords: ['/'],
    pattern: /^\(\s{0,3}[\p{Lu}\d][\p{L}\d .&-]{0,60}(?:\.[\p{L}]{2,4}){0,2}\s{0,3}\/\s{0,3}[\p{L} .,'&/-]{1,80}\)$/u,
    examples: {
      strip: ['(TRIBUNNEWSWIKI.COM/PUTRADI PAMUNGKAS)', '(ANTARA FOTO/Galih Pradipta/nym.)', '(Tribunnews.com/Fersianus)', '(KOMPAS.com/ADHYASTA DIRGANTARA)'],
      keep: ['(Baca selengkapnya di halaman berikut)', 'Harga naik (lihat tabel/grafik di bawah).'],
    },
  },
  {
    id: 'common/photo-caption',
    site: '*',
    kind: 'line',
    description: 'A photo caption ending in its credit in brackets: "Ilustrasi Drama (Image by mydramalist)", "Petugas memeriksa lokasi (Foto: Antara)", "(pexels.com/Nama)".',
    keywords: [')'],
    pattern: /^[^\n]{0,250}\(\s*(?:image\s+by|photo\s+by|foto\s*:|foto\s+oleh|dok\.?|dokumentasi|ilustrasi\s*:|sumber\s+foto|kredit\s+foto|credit\s*:|instagram\s*[:@]|(?:instagram|unsplash|pexels|freepik|pixabay|twitter|x|tiktok|youtube)\.com\/|(?:istimewa|shutterstock|freepik|unsplash|pexels|getty\s+images))[^()]{0,80}\)\.?$/iu,
    examples: {
      strip: ['Ilustrasi Drama (Image by mydramalist)', 'Petugas memeriksa lokasi kebakaran (Foto: Antara)', 'Ilustrasi (Shutterstock)', 'Gedung DPR (Dok. Kompas)', 'Ilustrasi liburan keluarga (pexels.com/Vidal Balielo Jr.)', 'Presiden menyapa warga (instagram.com/jokowi)'],
      keep: ['Warga berfoto (selfie) di lokasi itu.', 'Foto itu beredar luas di media sosial, kata polisi.'],
    },
  },
  {
    id: 'common/photo-marker',
    site: '*',
    kind: 'line',
    description: 'A bare "Photo :" / "Foto :" marker between a short caption above it and the credit below it (Viva and others).',
    keywords: ['photo', 'foto', 'gambar'],
    pattern: /^(?:photo|foto|gambar)\s*:$/iu,
    takesCaptionAbove: true,
    takesCredit: true,
    examples: {
      strip: ['Photo :', 'Foto:'],
      keep: ['Foto: Arif Maulana di lokasi.', 'Foto itu beredar luas.'],
    },
  },
  {
    id: 'common/timestamp',
    site: '*',
    kind: 'line',
    description: 'A page timestamp with a clock time: "Senin, 24 Feb 2025 07:15 WIB", "24/02/2025, 07:15 WIB", "Diperbarui 12 Mei 2024, 10:00".',
    keywords: [':', 'wib', 'wita', 'wit'],
    pattern: /^(?:(?:diperbarui|diterbitkan|dipublikasikan|update|updated|published)\s*:?\s*)?(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\s*)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*[,|-]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:wib|wita|wit)?$/iu,
    examples: {
      strip: ['Senin, 24 Feb 2025 07:15 WIB', '24/02/2025, 07:15 WIB', 'Diperbarui 12 Mei 2024, 10:00', 'Kamis, 17 April 2025 | 14:30 WIB'],
      keep: ['24 Februari 2025', 'Pada Senin, 24 Feb 2025 pukul 07:15 WIB, gempa mengguncang Cianjur.'],
    },
  },
  {
    id: 'common/reader-prompt',
    site: '*',
    kind: 'line',
    description: 'A prompt addressed to the reader about the site itself: "Baca berita dengan sedikit iklan, klik di sini" (Tempo), "Baca artikel ini tanpa iklan".',
    keywords: ['baca'],
    pattern: /^baca\s+(?:berita|artikel)\s+(?:ini\s+)?(?:dengan\s+sedikit\s+iklan|tanpa\s+iklan)\b[^\n]{0,100}$/iu,
    examples: {
      strip: ['Baca berita dengan sedikit iklan, klik di sini', 'Baca artikel ini tanpa iklan'],
      keep: ['Baca berita dengan teliti sebelum membagikannya, kata Menkominfo.'],
    },
  },
  {
    id: 'common/pagination',
    site: '*',
    kind: 'line',
    description: 'Pagination and loading controls: "Halaman selanjutnya", "1 2 3", "Halaman: 1 2", "Loading...", "Load more".',
    keywords: ['halaman', 'lanjut', 'selanjutnya', 'next', 'loading', 'load', 'tampilkan', '1', '2'],
    pattern: /^(?:halaman\s+(?:selanjutnya|berikutnya|sebelumnya)|lanjut\s+ke\s+halaman\s+(?:berikutnya|selanjutnya)|(?:halaman\s*:?\s*)?\d{1,2}(?:\s+\d{1,2}){1,10}(?:\s*(?:next|selanjutnya|>+))?|selanjutnya\s*>+|next\s*(?:page)?\s*>*|loading\s*\.{0,3}|load\s+more|tampilkan\s+lebih\s+banyak)$/iu,
    examples: {
      strip: ['Halaman selanjutnya', '1 2 3', 'Halaman: 1 2 3 Selanjutnya', 'Loading...', 'Load more'],
      keep: ['Halaman sekolah itu dipenuhi warga yang mengungsi.', '1 2 3 adalah angka favorit anak itu, kata ibunya.'],
    },
  },
  {
    id: 'common/click-here',
    site: '*',
    kind: 'line',
    description: 'A bare link prompt: "Klik di sini untuk membaca selengkapnya", "KLIK DI SINI".',
    keywords: ['klik', 'tap', 'ketuk'],
    pattern: /^(?:klik|tap|ketuk)\s+(?:di\s*sini|link\s+ini|tautan\s+ini|tautan\s+berikut)\b[^\n]{0,120}$/iu,
    examples: {
      strip: ['Klik di sini untuk membaca selengkapnya', 'KLIK DI SINI'],
      keep: ['Klik tombol merah itu untuk mematikan alarm, kata petugas.'],
    },
  },
  {
    id: 'common/tags',
    site: '*',
    kind: 'credit',
    place: 'end',
    description: 'A tag list under the article: "Tags: jokowi, pilpres 2024", "Topik: Banjir Jakarta", "Kata kunci: ...".',
    keywords: ['tag', 'tags', 'topik', 'kata', 'keyword', 'keywords'],
    pattern: /^(?:tags?|topik(?:\s+terkait)?|kata\s+kunci|keywords?)\s*:\s*[^.!?\n]{1,200}$/iu,
    examples: {
      strip: ['Tags: jokowi, pilpres 2024', 'Topik: Banjir Jakarta', 'Kata kunci: harga emas'],
      keep: ['Topik itu dibahas dalam rapat kabinet.'],
    },
  },
  {
    id: 'common/byline',
    site: '*',
    kind: 'credit',
    description: 'A byline at the start or end: "Oleh: Ahmad Tohari", "Oleh Siti Aminah".',
    keywords: ['oleh'],
    pattern: new RegExp(String.raw`^Oleh\s*:?\s*${NAMES}$`, 'u'),
    examples: {
      strip: ['Oleh: Ahmad Tohari', 'Oleh Siti Aminah'],
      keep: ['Oleh karena itu, pemerintah menunda kebijakan tersebut.'],
    },
  },
  {
    id: 'common/install-app-note',
    site: '*',
    kind: 'line',
    description: 'The note under a Telegram/WhatsApp prompt: "Anda harus install aplikasi Telegram terlebih dulu di ponsel." (Kompas, Suara), "Anda perlu meng-install aplikasi Telegram terlebih dahulu." (Tempo).',
    keywords: ['anda'],
    pattern: /^anda\s+(?:harus|perlu|wajib)\s+(?:meng-?instal{1,2}|instal{1,2}|mengunduh|download)\s+aplikasi\s+(?:telegram|whatsapp)\b[^\n]{0,80}$/iu,
    examples: {
      strip: ['Anda harus install aplikasi Telegram terlebih dulu di ponsel.', 'Anda perlu meng-install aplikasi Telegram terlebih dahulu.'],
      keep: ['Anda harus install aplikasi itu agar bisa membayar parkir, kata petugas.'],
    },
  },
  {
    id: 'common/investment-disclaimer',
    site: '*',
    kind: 'line',
    description: 'An editorial disclaimer under market news: "Disclaimer: berita ini tidak bertujuan mengajak membeli atau menjual saham ..." (Bisnis.com), "Disclaimer: Artikel ini adalah produk jurnalistik berupa pandangan CNBC Indonesia Research ..." (CNBC Indonesia).',
    keywords: ['disclaimer'],
    pattern: /^disclaimer\s*:(?=[^\n]{0,600}?\b(?:investasi|saham|tanggung\s*jawab|bertanggung\s+jawab|pandangan|rekomendasi|ajakan|mengajak)\b)[^\n]{0,600}$/iu,
    examples: {
      strip: [
        'Disclaimer: berita ini tidak bertujuan mengajak membeli atau menjual saham. Keputusan investasi sepenuhnya ada di tangan pembaca. Bisnis.com tidak bertanggung jawab terhadap segala kerugian maupun keuntungan yang timbul dari keputusan investasi pembaca.',
        'Disclaimer: Artikel ini adalah produk jurnalistik berupa pandangan CNBC Indonesia Research. Analisis ini tidak bertujuan mengajak pembaca untuk membeli, menahan, atau menjual produk atau sektor investasi terkait.',
      ],
      keep: ['Disclaimer itu dibacakan hakim sebelum sidang saham dimulai.', 'Disclaimer: produk ini mengandung kacang.'],
    },
  },
  {
    id: 'common/dateline',
    site: '*',
    kind: 'dateline',
    description: 'The outlet dateline opening the lead ("JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "TEMPO.CO, Jakarta -", "Jakarta, CNN Indonesia --", "REPUBLIKA.CO.ID, JAKARTA --", "Liputan6.com, Jakarta -", "jpnn.com, JAKARTA -", "Jakarta, IDN Times -", "Suara.com -", "VIVA –", "Merdeka.com -", "Bisnis.com, JAKARTA —", "JAKARTA -"): reported always, cut from the paragraph only with stripDatelines.',
    pattern: new RegExp(String.raw`^(?:${DATELINE_RE.source})\s*`, 'u'),
    examples: {
      strip: ['JAKARTA, KOMPAS.com -', 'Jakarta, CNN Indonesia --', 'Merdeka.com'],
      cut: [
        ['JAKARTA, KOMPAS.com - Pertamina menurunkan harga BBM.', 'Pertamina menurunkan harga BBM.'],
        ['Jakarta (ANTARA) - Harga emas naik.', 'Harga emas naik.'],
        ['TEMPO.CO, Jakarta - Harga beras naik.', 'Harga beras naik.'],
        ['Jakarta, CNN Indonesia -- BMKG mengeluarkan peringatan dini.', 'BMKG mengeluarkan peringatan dini.'],
        ['Jakarta, CNBC Indonesia - IHSG ditutup menguat.', 'IHSG ditutup menguat.'],
        ['REPUBLIKA.CO.ID, JAKARTA -- Kemenag memperpanjang masa pelunasan.', 'Kemenag memperpanjang masa pelunasan.'],
        ['Liputan6.com, Jakarta - Harga cabai naik.', 'Harga cabai naik.'],
        ['jpnn.com, JAKARTA - Honorer meminta kepastian.', 'Honorer meminta kepastian.'],
        ['Jakarta, IDN Times - Tarif Transjakarta naik.', 'Tarif Transjakarta naik.'],
        ['Suara.com - KCI menambah perjalanan KRL.', 'KCI menambah perjalanan KRL.'],
        ['VIVA – Harga emas batangan mencetak rekor.', 'Harga emas batangan mencetak rekor.'],
        ['Merdeka.com - Komdigi memutus akses konten judi.', 'Komdigi memutus akses konten judi.'],
        ['Bisnis.com, JAKARTA — OJK mencatat pembiayaan naik.', 'OJK mencatat pembiayaan naik.'],
        ['JAKARTA - Kemenperin mencatat utilisasi turun.', 'Kemenperin mencatat utilisasi turun.'],
        ['SERAMBINEWS.COM, BANDA ACEH - Banjir merendam rumah warga.', 'Banjir merendam rumah warga.'],
        ['TIMESINDONESIA, MALANG – Puluhan penyair muda membacakan karya.', 'Puluhan penyair muda membacakan karya.'],
        ['Semarang - Dinas Pendidikan membuka pendaftaran.', 'Dinas Pendidikan membuka pendaftaran.'],
      ],
      keep: ['Persija - Persib Berbagi Angka di GBK', 'Jakarta menjadi tuan rumah pertemuan itu.', 'Menurut Kompas.com, harga naik.', 'Laporan Wartawan Tribunnews.com, Fersianus Waku', 'Ia tiba di Jakarta - katanya - pagi tadi.'],
    },
  },
  {
    id: 'common/syndication-note',
    site: '*',
    kind: 'tail',
    description: 'A syndication footer and the short credit lines after it: "Artikel ini telah tayang di Kompas.com dengan judul ...", "Artikel ini sudah lebih dulu tayang di detiksumut. Selengkapnya klik disini.", "Sebagian artikel ini telah tayang di ...".',
    keywords: ['artikel', 'berita', 'tulisan'],
    pattern: SYNDICATION_NOTE_RE,
    examples: {
      strip: ['Artikel ini telah tayang di Tribunnewswiki.com', 'Artikel ini sudah lebih dulu tayang di detiksumut. Selengkapnya klik disini.', 'Artikel ini telah tayang di Kompas.com dengan judul "Harga Emas Naik"'],
      keep: ['Artikel itu telah tayang di koran pagi ini.', 'Menurut dia, artikel ini telah menimbulkan polemik.'],
    },
  },
  {
    id: 'common/syndication-note-line',
    site: '*',
    kind: 'line',
    description: 'The same syndication note away from the end, e.g. between the two copies of a body captured twice; only the note line goes.',
    keywords: ['artikel', 'berita', 'tulisan'],
    pattern: SYNDICATION_NOTE_RE,
    examples: {
      strip: ['Artikel ini telah tayang di Tribunnews.com dengan judul Banjir Rendam Rumah Warga'],
      keep: ['Menurut dia, artikel ini telah menimbulkan polemik.'],
    },
  },
];
