import { describe, expect, it } from 'vitest';
import { mergeFragments } from '../../src/passes/merge-fragments.js';
import { runPass, textsOf } from '../helpers/run-pass.js';

const merged = (lines: string[]): string[] => textsOf(runPass(mergeFragments, lines));

describe('passes → merge', () => {
  it('joins a lower-case continuation with one space', () => {
    expect(merged(['Bimtek diharapkan bisa menumbuhkan', 'terjalinnya keselarasan kegiatan.'])).toEqual(['Bimtek diharapkan bisa menumbuhkan terjalinnya keselarasan kegiatan.']);
  });

  it('never joins a finished paragraph and a new capitalised sentence, period or not', () => {
    const lines = ['Aktivitas industri menambah penerimaan devisa negara', 'Pada tahun 2019, nilai ekspor sektor industri sebesar 126,57 miliar dolar AS.'];
    expect(merged(lines)).toEqual(lines);
  });

  it('attaches closing punctuation without a space and bracketed pieces without spaces', () => {
    expect(merged(['anggota polisi', 'Polsek Wewewa Selatan', ', Sumba Barat Daya, NTT.'])).toEqual(['anggota polisi Polsek Wewewa Selatan, Sumba Barat Daya, NTT.']);
    expect(merged(['termasuk kendaraan listrik (', 'electric vehicle', '/EV) murni.'])).toEqual(['termasuk kendaraan listrik (electric vehicle/EV) murni.']);
  });

  it('rejoins a split dateline, keeping its dash', () => {
    expect(merged(['BEKASI, KOMPAS.com', '-', 'Rafi Haikal', '(21), seorang suporter, tetap bangga.'])).toEqual(['BEKASI, KOMPAS.com - Rafi Haikal (21), seorang suporter, tetap bangga.']);
    expect(merged(['JAKARTA, KOMPAS.com', '- Direktur itu mendesak polisi.'])).toEqual(['JAKARTA, KOMPAS.com - Direktur itu mendesak polisi.']);
    expect(merged(['BOGOR, KOMPAS.com –', 'Kriminolog itu menyebutkan hal tersebut.'])).toEqual(['BOGOR, KOMPAS.com – Kriminolog itu menyebutkan hal tersebut.']);
  });

  it('joins a short fragment only when the sentence visibly goes on', () => {
    expect(merged(['ungkap Rafi kepada', 'Kompas.com', 'usai menonton bareng.'])).toEqual(['ungkap Rafi kepada Kompas.com usai menonton bareng.']);
    expect(merged(['saat dihubungi', 'Kompas.com,', 'Selasa (10/6/2025).'])).toEqual(['saat dihubungi Kompas.com, Selasa (10/6/2025).']);
    expect(merged(['laga terakhir Ronde', 'Kualifikasi Piala Dunia', '2026.'])).toEqual(['laga terakhir Ronde Kualifikasi Piala Dunia 2026.']);
  });

  it('re-attaches a lone full stop that ends an unfinished sentence, drops one between paragraphs', () => {
    expect(merged(['tampil modern dan', 'stylish', '.'])).toEqual(['tampil modern dan stylish.']);
    const output = runPass(mergeFragments, ['Kontribusi mencapai 17,58 persen.', '.', '"Angka itu konsisten," katanya.']);
    expect(textsOf(output)).toEqual(['Kontribusi mencapai 17,58 persen.', '"Angka itu konsisten," katanya.']);
    expect(output.edits).toEqual([expect.objectContaining({ rule: 'merge/lone-punctuation', action: 'drop', from: [2], text: '.' })]);
  });

  it('drops a stray dash between a headline and the body', () => {
    expect(merged(['Harga Emas Naik Lagi', '-', 'Harga emas Antam naik Rp 5.000 hari ini.'])).toEqual(['Harga Emas Naik Lagi', 'Harga emas Antam naik Rp 5.000 hari ini.']);
  });

  it('keeps list items, subheadings and score lines on their own lines', () => {
    const lines = ['Berikut daftarnya:', '- Pertalite Rp 10.000', '- Pertamax Rp 12.500', 'Hasil pertandingan', 'Persija 2-1 Persib', 'Arema 0-0 Persebaya', 'a. syarat pertama', 'b. syarat kedua'];
    expect(merged(lines)).toEqual(lines);
  });

  it('removes a hyphen only where the joined word is known from the article', () => {
    expect(merged(['Program pemba-', 'ngunan itu dimulai.', 'Pembangunan jalan selesai.'])).toEqual(['Program pembangunan itu dimulai.', 'Pembangunan jalan selesai.']);
    expect(merged(['Anak-', 'anak bermain di taman.'])).toEqual(['Anak-anak bermain di taman.']);
  });

  it('joins a link announced by a colon', () => {
    expect(merged(['akses WhatsApp Channel :', 'https://www.whatsapp.com/channel/0029', '. Pastikan ya.'])).toEqual(['akses WhatsApp Channel : https://www.whatsapp.com/channel/0029. Pastikan ya.']);
  });

  it('records each merge with the raw line numbers it joined', () => {
    const output = runPass(mergeFragments, ['Sebab Aipda PS merupakan pelaku', 'pelecehan seksual', 'terhadap korban.']);
    expect(output.lines).toEqual([{ text: 'Sebab Aipda PS merupakan pelaku pelecehan seksual terhadap korban.', from: [1, 2, 3] }]);
    expect(output.edits.map((edit) => [edit.action, edit.rule, edit.from])).toEqual([
      ['merge', 'merge/lowercase-continuation', [2]],
      ['merge', 'merge/lowercase-continuation', [3]],
    ]);
  });
});

describe('passes → merge, truncated scrapes', () => {
  it('does not glue a whole sentence onto a line cut after a comma or a preposition', () => {
    const lines = ['Polisi menggerebek kontrakan yang dijadikan basecamp gangster di', 'Dalam penggerebekan tersebut, polisi menemukan tiga senjata tajam di bawah kasur.'];
    expect(merged(lines)).toEqual(lines);
    const comma = ['Ia menyoroti kerapuhan lini belakang yang dipimpin Jay Idzes,', 'Pelatih timnas berjanji melakukan evaluasi menyeluruh sebelum laga berikutnya.'];
    expect(merged(comma)).toEqual(comma);
  });
});

describe('passes → merge, which short lines are fragments', () => {
  it('joins a name or an acronym-led term, not the capitalised start of a new sentence', () => {
    expect(merged(['aturan teknis pengangkatan', 'PPPK paruh waktu', 'agar tidak ada honorer dirumahkan.'])).toEqual(['aturan teknis pengangkatan PPPK paruh waktu agar tidak ada honorer dirumahkan.']);
    const lines = ['Aktivitas industri menambah penerimaan devisa negara', 'Foto ini beredar', 'di kalangan wartawan pada Selasa malam.'];
    expect(merged(lines)).toEqual(['Aktivitas industri menambah penerimaan devisa negara', 'Foto ini beredar di kalangan wartawan pada Selasa malam.']);
  });

  it('goes on after a semicolon only in lower case', () => {
    expect(merged(['Harga beras naik;', 'harga gula turun.'])).toEqual(['Harga beras naik; harga gula turun.']);
    expect(merged(['Harga beras naik;', 'Kompas.com', 'mencatat kenaikan.'])).toEqual(['Harga beras naik;', 'Kompas.com mencatat kenaikan.']);
  });
});

describe('passes → merge, quotations', () => {
  it('joins the attribution that follows a closing quotation', () => {
    expect(merged(['"Mau enggak Pak Mahfud dipasangkan dengan Pak Anies?"', 'kata Mahfud, Kamis (19/10/2023).'])).toEqual(['"Mau enggak Pak Mahfud dipasangkan dengan Pak Anies?" kata Mahfud, Kamis (19/10/2023).']);
    const lines = ['Harga naik lagi bulan ini.', 'kata-kata itu viral di media sosial.'];
    expect(merged(lines)).toEqual(lines);
  });
});
