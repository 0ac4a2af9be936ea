/**
 * Data for the dedup benchmark corpus: names and places, and the templates of stories outlets write
 * every day from one pattern (the hard negatives: same sentences, other numbers and names).
 */

import type { Rng } from './sfc32.js';

export const CITIES = ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Makassar', 'Palembang', 'Denpasar', 'Bogor', 'Padang', 'Pontianak', 'Kupang'];
const PROVINCES = ['DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'Jawa Timur', 'Banten', 'Bali', 'Sumatera Utara', 'Sulawesi Selatan', 'Kalimantan Timur', 'Riau', 'Papua'];
const TEAMS = ['Persija Jakarta', 'Persib Bandung', 'Arema FC', 'Persebaya Surabaya', 'PSM Makassar', 'Bali United', 'Borneo FC', 'PSIS Semarang', 'Madura United', 'Persita Tangerang', 'Dewa United', 'Persik Kediri'];
const STADIUMS = ['Gelora Bung Karno', 'Gelora Bandung Lautan Api', 'Kanjuruhan', 'Gelora Bung Tomo', 'Kapten I Wayan Dipta', 'Segiri', 'Jatidiri'];
export const FIRST = ['Ahmad', 'Budi', 'Rizky', 'Dewi', 'Siti', 'Eko', 'Yudi', 'Fajar', 'Hendra', 'Putri', 'Agus', 'Wahyu', 'Rina', 'Marko', 'Ciro', 'Thomas'];
export const LAST = ['Santoso', 'Pratama', 'Wijaya', 'Saputra', 'Hidayat', 'Kurniawan', 'Siregar', 'Nugroho', 'Simic', 'Alberto', 'Lestari', 'Gunawan', 'Rahman'];
const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

/** Slot fillers: each call draws a fresh value, so two stories from one template differ in every slot. */
export const FILL: Readonly<Record<string, (rng: Rng) => string>> = {
  N: (rng) => thousands(rng.int(12, 9_999)),
  BIG: (rng) => thousands(rng.int(100_000, 4_999_999)),
  PRICE: (rng) => thousands(rng.int(8, 1_999) * 250),
  USD: (rng) => thousands(rng.int(1_700, 2_600)),
  PCT: (rng) => `${rng.int(0, 2)},${rng.int(1, 99)}`,
  M: (rng) => String(rng.int(2, 90)),
  S: (rng) => String(rng.int(0, 4)),
  R: (rng) => String(rng.int(1, 18)),
  P: (rng) => String(rng.int(3, 70)),
  W: (rng) => String(rng.int(2, 34)),
  DAY: (rng) => rng.pick(DAYS),
  DATE: (rng) => `${rng.int(1, 28)}/${rng.int(1, 12)}/${rng.int(2020, 2024)}`,
  CITY: (rng) => rng.pick(CITIES),
  PROV: (rng) => rng.pick(PROVINCES),
  TEAM: (rng) => rng.pick(TEAMS),
  STADIUM: (rng) => rng.pick(STADIUMS),
  NAME: (rng) => `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
  UPDOWN: (rng) => rng.pick(['naik', 'turun', 'stabil']),
};

/**
 * Stories that outlets write every day from one pattern. Each string is a paragraph; `{SLOT}` is
 * filled per story, so two stories share every word outside the slots.
 */
export const TEMPLATES: readonly (readonly string[])[] = [
  [
    'Kasus positif Covid-19 di Indonesia bertambah {N} orang pada {DAY} ({DATE}). Dengan penambahan tersebut, total kasus Covid-19 di Tanah Air kini mencapai {BIG} orang sejak kasus pertama diumumkan pada Maret 2020.',
    'Data tersebut disampaikan Satuan Tugas Penanganan Covid-19 melalui laman resminya pada {DAY} sore.',
    'Sementara itu, jumlah pasien yang dinyatakan sembuh bertambah {N} orang sehingga totalnya menjadi {BIG} orang.',
    'Adapun kasus kematian bertambah {N} orang, sehingga total pasien Covid-19 yang meninggal dunia mencapai {BIG} orang.',
    'Provinsi dengan penambahan kasus tertinggi adalah {PROV} dengan {N} kasus, disusul {PROV} dengan {N} kasus dan {PROV} dengan {N} kasus.',
    'Pemerintah juga mencatat {BIG} spesimen diperiksa dalam 24 jam terakhir, dengan jumlah suspek sebanyak {N} orang.',
    'Juru bicara Satgas, {NAME}, kembali mengimbau masyarakat untuk tetap menerapkan protokol kesehatan, yakni memakai masker, mencuci tangan dengan sabun, dan menjaga jarak.',
  ],
  [
    '{TEAM} berhasil mengalahkan {TEAM} dengan skor {S}-{S} dalam laga pekan ke-{W} Liga 1 di Stadion {STADIUM}, {DAY} ({DATE}) malam.',
    'Gol kemenangan tuan rumah dicetak oleh {NAME} pada menit ke-{M} dan {NAME} pada menit ke-{M}.',
    'Tim tamu sempat memperkecil ketertinggalan melalui sundulan {NAME} pada menit ke-{M}, tetapi gagal menyamakan kedudukan hingga laga usai.',
    'Pelatih tuan rumah, {NAME}, mengaku puas dengan penampilan anak asuhnya pada laga tersebut. "Para pemain bekerja keras selama {M} menit dan menjalankan instruksi dengan baik," kata {NAME} seusai pertandingan.',
    'Hasil ini membuat {TEAM} naik ke peringkat {R} klasemen sementara dengan koleksi {P} poin dari {W} pertandingan.',
    'Sementara itu, {TEAM} tertahan di posisi {R} dengan {P} poin.',
    'Pada laga berikutnya, {TEAM} akan menjamu {TEAM} pada {DAY} pekan depan.',
  ],
  [
    'Harga sejumlah bahan pokok di {CITY} pada {DAY} ({DATE}) terpantau {UPDOWN} dibandingkan pekan lalu.',
    'Berdasarkan data Panel Harga Badan Pangan Nasional, harga cabai rawit merah rata-rata Rp {PRICE} per kilogram, sedangkan cabai merah keriting Rp {PRICE} per kilogram.',
    'Harga bawang merah tercatat Rp {PRICE} per kilogram, sedangkan bawang putih Rp {PRICE} per kilogram.',
    'Beras medium dijual Rp {PRICE} per kilogram dan beras premium Rp {PRICE} per kilogram.',
    'Harga daging sapi murni Rp {PRICE} per kilogram, daging ayam ras Rp {PRICE} per kilogram, dan telur ayam ras Rp {PRICE} per kilogram.',
    'Gula konsumsi dijual Rp {PRICE} per kilogram, sementara minyak goreng curah Rp {PRICE} per liter.',
    'Kepala Dinas Perdagangan {CITY}, {NAME}, mengatakan stok bahan pokok menjelang akhir pekan masih aman dan harga dapat berubah sewaktu-waktu sesuai kondisi pasokan di tingkat pedagang.',
  ],
  [
    'Harga emas batangan PT Aneka Tambang Tbk (Antam) pada {DAY} ({DATE}) {UPDOWN} Rp {N} menjadi Rp {PRICE} per gram.',
    'Sementara harga pembelian kembali atau buyback emas Antam berada di level Rp {PRICE} per gram.',
    'Dikutip dari laman Logam Mulia, harga emas ukuran 0,5 gram dijual Rp {PRICE}, sedangkan ukuran 5 gram Rp {PRICE}.',
    'Untuk ukuran 10 gram dibanderol Rp {PRICE}, ukuran 25 gram Rp {PRICE}, dan ukuran 50 gram Rp {PRICE}.',
    'Adapun emas ukuran 100 gram dijual Rp {PRICE} dan ukuran 1 kilogram Rp {PRICE}.',
    'Di pasar spot, harga emas dunia tercatat {USD} dollar AS per troy ounce, {UPDOWN} {PCT} persen dari penutupan sebelumnya.',
    'Harga tersebut sudah termasuk Pajak Penghasilan (PPh) 22 sebesar 0,25 persen bagi pemegang NPWP.',
  ],
];

/** `12345` → `12.345`, as Indonesian news writes numbers. */
function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
