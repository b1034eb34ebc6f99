import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_RU =
  "Ankara, 4 Aralık 2026 – Türkiye Sağlık Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Kazakistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('a Turkish professional title written short before a name (Turkish)', () => {
  it('reads «Op. Dr.», «Uzm. Dr.», «Yrd. Doç. Dr.», «Öğr. Gör.» as no sentence end', () => {
    expect(
      roles(`${TR_RU}Heyet, Başhekim Op. Dr. Serkan Yalçınkaya tarafından kabul edildi.`),
    ).toEqual([['Serkan Yalçınkaya', 'Başhekim', null]]);
    expect(roles(`${TR_RU}Aksoy, Başhekim Uzm. Dr. Derya Koçak ile görüştü.`)).toEqual([
      ['Derya Koçak', 'Başhekim', null],
    ]);
    expect(roles(`${TR_RU}Aksoy, Dekan Yrd. Doç. Dr. Kemal Işıkçı ile görüştü.`)).toEqual([
      ['Kemal Işıkçı', 'Dekan', null],
    ]);
    expect(roles(`${TR_RU}Aksoy, Bölüm Başkanı Öğr. Gör. Elif Sarıkaya ile görüştü.`)).toEqual([
      ['Elif Sarıkaya', 'Bölüm Başkanı', null],
    ]);
  });
});

describe('one who briefed the delegation, named after «heyete,» (Turkish)', () => {
  it('reads «… ziyaret eden heyete, Başhekim A B … bilgi verdi» as a meeting', () => {
    expect(
      roles(
        `${TR_RU}Bugün Şehir Hastanesi'ni ziyaret eden heyete, Başhekim Prof. Dr. Serkan Yalçınkaya hastanenin acil servisi hakkında bilgi verdi.`,
      ),
    ).toEqual([['Serkan Yalçınkaya', 'Başhekim', 'Şehir Hastanesi']]);
    expect(
      met(
        `${TR_RU}Limanı gezen konuklara, Liman Müdürü Derya Koçak yükleme kapasitesi konusunda bir sunum yaptı.`,
      ),
    ).toEqual(['Derya Koçak']);
  });
});

describe('a head named by his bare office is of the body the visitors were at (Turkish)', () => {
  it('takes the body in the locative right before the office: «X Üniversitesi’nde Rektör A B»', () => {
    expect(
      roles(
        `${TR_RU}Heyet, Almatı'daki Abay Pedagoji Üniversitesi'nde Rektör Prof. Dr. Marat Kasenov tarafından kabul edildi.`,
      ),
    ).toEqual([['Marat Kasenov', 'Rektör', 'Abay Pedagoji Üniversitesi']]);
    expect(
      roles(
        `${TR_RU}Aksoy ardından Kazak-Alman Teknik Üniversitesi'nde Dekan Doç. Dr. Aliya Serikova ile bir araya geldi.`,
      ),
    ).toEqual([['Aliya Serikova', 'Dekan', 'Kazak-Alman Teknik Üniversitesi']]);
  });

  it('keeps the initials that open the body’s name: «K.I. Satpayev Teknik Üniversitesi»', () => {
    expect(
      roles(
        `${TR_RU}3 Aralık'ta K.I. Satpayev Teknik Üniversitesi'ni ziyaret eden heyet, Rektör Yardımcısı Prof. Dr. Aliya Serikova tarafından kabul edildi.`,
      ),
    ).toEqual([['Aliya Serikova', 'Rektör Yardımcısı', 'K.I. Satpayev Teknik Üniversitesi']]);
  });

  it('takes the body called at in the sentence before one that opens with the office', () => {
    expect(
      roles(
        `${TR_RU}Heyet, son gün Karaganda Devlet Üniversitesi'ni ziyaret etti. Rektör Yardımcısı Prof. Dr. Aliya Serikova'yla görüşen heyet, öğrenci değişimini önerdi.`,
      ),
    ).toEqual([['Aliya Serikova', 'Rektör Yardımcısı', 'Karaganda Devlet Üniversitesi']]);
    expect(
      roles(
        `${TR_RU}Heyet, Almatı Şehir Hastanesi'ni ziyaret etti. Başhekim Uzm. Dr. Marat Kasenov ile görüşen Aksoy, hastanenin birimlerini gezdi.`,
      ),
    ).toEqual([['Marat Kasenov', 'Başhekim', 'Almatı Şehir Hastanesi']]);
  });

  it('leaves a body called at two sentences before, or one not opened by the office', () => {
    expect(
      roles(
        `${TR_RU}Heyet, son gün Karaganda Devlet Üniversitesi'ni ziyaret etti. Aksoy kampüsü gezdi. Rektör Yardımcısı Aliya Serikova'yla görüşen heyet, değişimi önerdi.`,
      ),
    ).toEqual([['Aliya Serikova', 'Rektör Yardımcısı', null]]);
    expect(
      roles(
        `${TR_RU}Heyet, Karaganda Devlet Üniversitesi'ni ziyaret etti. Aksoy, aynı gün Rektör Yardımcısı Aliya Serikova'yla görüştü.`,
      ),
    ).toEqual([['Aliya Serikova', 'Rektör Yardımcısı', null]]);
  });
});

const TR_CI =
  "Ankara, 4 Aralık 2026 – Türkiye Spor Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Senegal ve Fildişi Sahili'ne çalışma ziyareti gerçekleştirdi.\n\n";

describe('the West African «N’» and «M’» written against a name, a case ending after it (Turkish)', () => {
  it('reads «N’Diaye’yi», «M’Bala ile», «N’Dri’yle» whole', () => {
    expect(
      met(
        `${TR_CI}Aksoy, Senegal Spor Bakanı Fatou Binetou N'Diaye'yi makamında ziyaret etti. Ardından Gençlik Bakanı Jean-Baptiste M'Bala ile görüştü. Heyet, Federasyon Başkanı Koffi Aimé N'Dri'yle de bir araya geldi.`,
      ),
    ).toEqual(["Fatou Binetou N'Diaye", "Jean-Baptiste M'Bala", "Koffi Aimé N'Dri"]);
  });

  it('reads the «N’» that opens a given name, and «D’» after a title', () => {
    expect(
      met(
        `${TR_CI}Aksoy, Spor Bakanı N'Golo Sangaré ile görüştü. Ardından Sağlık Bakanı Anita D'Mello'yu ziyaret etti.`,
      ),
    ).toEqual(["N'Golo Sangaré", "Anita D'Mello"]);
  });

  it('reads the family name in capitals with its «N’»: «Awa N’DİAYE’yle»', () => {
    expect(met(`${TR_CI}Aksoy, Senegal Spor Bakanı Khady N'DİAYE'yle görüştü.`)).toEqual([
      "Khady N'DİAYE",
    ]);
  });
});

describe('a family name in capitals after a Turkish office, in Turkish letters (Turkish)', () => {
  it('reads it after «Genel Müdür», «Dekan», «Vali», «Başhekim», a case ending after it', () => {
    expect(
      roles(
        `${TR_RU}Aksoy, Genel Müdür Hasan Tahsin GÜLERYÜZ'ü makamında ziyaret etti. Ardından Dekan Prof. Dr. Leyla İŞCAN ile görüştü. Heyet, Vali Mehmet Ali ÇAKIROĞLU tarafından kabul edildi. Aksoy, Başhekim Op. Dr. Murat Kaan SÖĞÜTLÜ'yle de görüştü.`,
      ),
    ).toEqual([
      ['Hasan Tahsin GÜLERYÜZ', 'Genel Müdür', null],
      ['Leyla İŞCAN', 'Dekan', null],
      ['Mehmet Ali ÇAKIROĞLU', 'Vali', null],
      ['Murat Kaan SÖĞÜTLÜ', 'Başhekim', null],
    ]);
  });

  it('reads a family name of two words in capitals: «Ayşe Nur KAYALI ERDEM ile»', () => {
    expect(
      met(`${TR_RU}Aksoy, Sağlık Bakan Yardımcısı Ayşe Nur KAYALI ERDEM ile görüştü.`),
    ).toEqual(['Ayşe Nur KAYALI ERDEM']);
  });
});

describe('a family name of two words in capitals (English)', () => {
  it('reads «Governor …, Faïza SAID MOHAMED, with whom»', () => {
    expect(
      met(
        'Port Louis, 4 December 2026 – The Secretary General visited the Comoros from 1 to 3 December 2026.\n\nOn Friday he called on the Governor of the Central Bank of the Comoros, Faïza SAID MOHAMED, with whom he reviewed the programme.',
      ),
    ).toEqual(['Faïza SAID MOHAMED']);
  });
});

describe('a word in capitals after a family name in capitals that is no name (Turkish)', () => {
  it('leaves an acronym or a country after it out: «A KAYA ABD’de», «B ERDEM TİKA ile»', () => {
    expect(
      met(
        `${TR_RU}Aksoy, Sağlık Bakan Yardımcısı Ayşe Nur KAYALI ABD'de görüştü. Ardından Genel Müdür Kemal ERDEM ile görüştü.`,
      ),
    ).toContain('Kemal ERDEM');
    expect(
      met(`${TR_RU}Aksoy, Genel Müdür Kemal ERDEM UNDP temsilcileriyle görüştü.`),
    ).not.toContain('Kemal ERDEM UNDP');
  });
});

describe('a deputy named by his bare office right after the head of a body (Turkish)', () => {
  it('gives «… Sorumlu Rektör Yardımcısı», «Başkan Yardımcısı» the body of the head met before', () => {
    expect(
      roles(
        `${TR_RU}Heyet, Almatı'daki Abay Üniversitesi'nde Rektör Prof. Dr. Marat Kasenov tarafından kabul edildi. Aksoy, aynı gün Bilimsel Araştırmalardan Sorumlu Rektör Yardımcısı Prof. Dr. Aliya Serikova'yla da bir araya geldi.`,
      ),
    ).toEqual([
      ['Marat Kasenov', 'Rektör', 'Abay Üniversitesi'],
      ['Aliya Serikova', 'Bilimsel Araştırmalardan Sorumlu Rektör Yardımcısı', 'Abay Üniversitesi'],
    ]);
    expect(
      roles(
        `${TR_RU}Aksoy, Kazakistan Kalkınma Bankası Başkanı Marat Kasenov ile görüştü. Aksoy, aynı gün Başkan Yardımcısı Aliya Serikova'yla da bir araya geldi.`,
      ),
    ).toEqual([
      ['Marat Kasenov', 'Başkan', 'Kazakistan Kalkınma Bankası'],
      ['Aliya Serikova', 'Başkan Yardımcısı', 'Kazakistan Kalkınma Bankası'],
    ]);
  });

  it('gives no body to a deputy of another office', () => {
    expect(
      roles(
        `${TR_RU}Aksoy, Kazakistan Kalkınma Bankası Başkanı Marat Kasenov ile görüştü. Aksoy, aynı gün Genel Müdür Yardımcısı Aliya Serikova'yla da bir araya geldi.`,
      ),
    ).toEqual([
      ['Marat Kasenov', 'Başkan', 'Kazakistan Kalkınma Bankası'],
      ['Aliya Serikova', 'Genel Müdür Yardımcısı', null],
    ]);
  });
});
