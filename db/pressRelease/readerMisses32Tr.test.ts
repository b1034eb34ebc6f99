import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_DZ =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Cezayir ve Fas'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('an Amazigh particle of descent opening a family name in capitals (Turkish)', () => {
  it('reads «AÏT», «AIT», «ATH» and «N’AÏT» with the capitals after them, in any case ending', () => {
    expect(met(`${TR_DZ}Aksoy, Cezayir Su Bakanı Lunja AÏT MENGUELLET ile görüştü.`)).toEqual([
      'Lunja AÏT MENGUELLET',
    ]);
    expect(met(`${TR_DZ}Aksoy, Fas Enerji Bakanı Menad AIT SAADA'yla bir araya geldi.`)).toEqual([
      'Menad AIT SAADA',
    ]);
    expect(
      met(`${TR_DZ}Aksoy, Cezayir Su Bakanı Idir ATH YENNI'yi makamında ziyaret etti.`),
    ).toEqual(['Idir ATH YENNI']);
    expect(
      met(`${TR_DZ}Heyet, Cezayir Su Bakanı Kahina N'AÏT SAADA tarafından kabul edildi.`),
    ).toEqual(["Kahina N'AÏT SAADA"]);
  });

  it('keeps the particle written as a name is: «Aït», «Ait»', () => {
    expect(
      met(
        `${TR_DZ}Aksoy, Cezayir Su Bakanı Menad Aït Saada'yı ziyaret etti. Üniversite Dekanı Kahina Ait Lhadj'ın ev sahipliğinde bir toplantı yapıldı.`,
      ),
    ).toEqual(['Menad Aït Saada', 'Kahina Ait Lhadj']);
  });
});

const TR_ID =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Endonezya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('an Indonesian given name before initials, after a title (Turkish)', () => {
  it('keeps «Rina» in «Rina T.S. Wulandari» and «Budi» in «Budi G. Sadikin’le»', () => {
    expect(
      met(
        `${TR_ID}Heyet, Endonezya Enerji Bakan Yardımcısı Rina T.S. Wulandari tarafından kabul edildi. Aksoy, aynı gün Sağlık Bakanı Budi G. Sadikin'le görüştü. Ardından Ajans Başkanı Putri H. Lestari'yi ziyaret etti.`,
      ),
    ).toEqual(['Rina T.S. Wulandari', 'Budi G. Sadikin', 'Putri H. Lestari']);
  });

  it('still reads initials alone after a sentence adverb', () => {
    expect(met(`${TR_ID}Ayrıca W. Sutrisno ile de görüşüldü.`)).toEqual(['W. Sutrisno']);
  });

  it('parts a company named with its legal form in capitals from its executive’s office', () => {
    expect(
      roles(
        `${TR_ID}Aksoy, sektörün öncü kuruluşlarından PT Sinar Karya'nın Genel Müdürü Budi G. Sadikin'le bir araya geldi.`,
      ),
    ).toEqual([['Budi G. Sadikin', 'Genel Müdür', 'PT Sinar Karya']]);
  });
});

const TR_BY =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Belarus'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('those who attended named first, their «da» before the meeting (Turkish)', () => {
  it('reads «A ve B da toplantıya katıldı», «C de görüşmeye katıldı»', () => {
    expect(
      met(
        `${TR_BY}Aksoy, Belarus Enerji Bakanı Siarhei Kavalenka'yla görüştü. Belarus Enerji Birliği Başkanı Katsiaryna Zhuravionak ve Belarus Şebeke Ajansı Başkanı Pavel Hrynkevich da toplantıya katıldı.`,
      ),
    ).toEqual(['Siarhei Kavalenka', 'Katsiaryna Zhuravionak', 'Pavel Hrynkevich']);
    expect(
      met(
        `${TR_BY}Aksoy, Belarus Enerji Bakanı Siarhei Kavalenka tarafından kabul edildi. Belarus Enerji Birliği Başkanı Alena Rabtsevich de görüşmeye katıldı.`,
      ),
    ).toEqual(['Siarhei Kavalenka', 'Alena Rabtsevich']);
  });

  it('reads the host’s body named again in the genitive as the host’s: «Bakanlığın … Dairesi Başkanı»', () => {
    expect(
      met(
        `${TR_BY}Aksoy, Belarus Enerji Bakanı Siarhei Kavalenka'yla görüştü. Bakanlığın Dış İlişkiler Dairesi Başkanı Mikalai Lapatsionak da toplantıya katıldı.`,
      ),
    ).toEqual(['Siarhei Kavalenka', 'Mikalai Lapatsionak']);
  });

  it('still leaves out the visitor’s own side and his deputies', () => {
    expect(
      met(
        `${TR_BY}Aksoy, Belarus Enerji Bakanı Siarhei Kavalenka'yla görüştü. Türkiye'nin Minsk Büyükelçisi Ayşe Kaya da görüşmeye katıldı. Toplantıya Başkan Yardımcısı Mehmet Yurt da katıldı.`,
      ),
    ).toEqual(['Siarhei Kavalenka']);
  });
});

const TR_GE =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Gürcistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('a body named again by its bare noun is the one named before (Turkish)', () => {
  it('gives «Ajans yöneticileri A ve B» the «… Ajansı» named before', () => {
    expect(
      roles(
        `${TR_GE}Aksoy, Gürcistan Kalkınma Ajansı Başkanı Nino Beridze'nin davetlisi olarak katıldığı çalıştayda, Ajans yöneticileri Giorgi Kapanadze ve Levan Tsiklauri ile görüştü.`,
      ),
    ).toEqual([
      ['Nino Beridze', 'Başkan', 'Gürcistan Kalkınma Ajansı'],
      ['Giorgi Kapanadze', null, 'Gürcistan Kalkınma Ajansı'],
      ['Levan Tsiklauri', null, 'Gürcistan Kalkınma Ajansı'],
    ]);
  });

  it('gives «Oda Yönetim Kurulu Üyesi» the «… ve … Odası» called at', () => {
    expect(
      roles(
        `${TR_GE}Aksoy daha sonra Tiflis Ticaret ve Sanayi Odası'nı ziyaret etti. Görüşmeye Oda Yönetim Kurulu Üyesi Levan Tsiklauri de katıldı.`,
      ),
    ).toEqual([['Levan Tsiklauri', 'Yönetim Kurulu Üyesi', 'Tiflis Ticaret ve Sanayi Odası']]);
    expect(
      roles(
        `${TR_GE}Aksoy, Tiflis Ticaret Odası Başkanı Nino Beridze ile görüştü. Görüşmeye Oda Başkan Yardımcısı Levan Tsiklauri de katıldı.`,
      ),
    ).toEqual([
      ['Nino Beridze', 'Başkan', 'Tiflis Ticaret Odası'],
      ['Levan Tsiklauri', 'Başkan Yardımcısı', 'Tiflis Ticaret Odası'],
    ]);
  });
});

describe('a sentence adverb with no ending opens no title (Turkish)', () => {
  it('leaves «Dün», «Bugün», «Ayrıca», «Sonra» out of the title', () => {
    for (const adverb of ['Dün', 'Bugün', 'Ayrıca', 'Sonra'])
      expect(
        roles(
          `${TR_BY}${adverb} Belarus Enerji Bakan Yardımcısı Katsiaryna Zhuravionak tarafından kabul edilen heyet, konuları ele aldı.`,
        ),
      ).toEqual([['Katsiaryna Zhuravionak', 'Belarus Enerji Bakan Yardımcısı', null]]);
  });
});

describe('a body’s short name in capitals still opens an executive’s title (Turkish)', () => {
  it('keeps «NHK»-like short names the body, and «PT» with the company’s name', () => {
    expect(
      roles(
        `${TR_ID}Aksoy, KTV Uluslararası Yayın Bölümü Genel Müdürü Budi Santoso ile de görüştü. Ardından CV Maju Bersama'nın Genel Müdürü Rina Wulandari'yle görüştü.`,
      ),
    ).toEqual([
      ['Budi Santoso', 'Uluslararası Yayın Bölümü Genel Müdürü', 'KTV'],
      ['Rina Wulandari', 'Genel Müdür', 'CV Maju Bersama'],
    ]);
  });
});

describe('the head of a body called at, named next by the body’s noun (Turkish)', () => {
  it('reads «Oda Başkanı A, … bilgi verdi» after «… Odası’nı ziyaret etti», with Kurdish letters', () => {
    expect(
      roles(
        `${TR_GE}Aksoy daha sonra Batum Ticaret ve Sanayi Odası'nı ziyaret etti. Oda Başkanı Rêbwar Hêmin Şêxanî, yatırımlar hakkında bilgi verdi.`,
      ),
    ).toEqual([['Rêbwar Hêmin Şêxanî', 'Başkan', 'Batum Ticaret ve Sanayi Odası']]);
  });

  it('reads a university’s rector and his deputy the same way', () => {
    expect(
      roles(
        `${TR_GE}Aksoy, Tiflis Devlet Üniversitesi'ni ziyaret etti. Üniversite Rektör Yardımcısı Levan Tsiklauri bilgi verdi.`,
      ),
    ).toEqual([['Levan Tsiklauri', 'Rektör Yardımcısı', 'Tiflis Devlet Üniversitesi']]);
  });

  it('gives «Üniversitenin Rektörü», «Enstitü Rektörü» the body named before', () => {
    expect(
      roles(
        `${TR_GE}Heyet, Tiflis Devlet Üniversitesi'ni ziyaret etti. Üniversitenin Rektörü Levan Tsiklauri'yi makamında ziyaret eden Aksoy, bir öneride bulundu.`,
      ),
    ).toEqual([['Levan Tsiklauri', 'Rektör', 'Tiflis Devlet Üniversitesi']]);
    expect(
      roles(
        `${TR_GE}Gürcistan Sanat Tarihi Enstitüsü'nü ziyaret edecek heyet, Enstitü Rektörü ile bir araya gelecek. Rektör Nino Beridze, bir sunum yapacak.`,
      ),
    ).toEqual([['Nino Beridze', 'Rektör', 'Gürcistan Sanat Tarihi Enstitüsü']]);
  });
});

describe('titles parted from a body, and from the visitor named by his bare office (Turkish)', () => {
  it('leaves the visitor’s bare office before a comma out of the title met', () => {
    expect(
      roles(
        `${TR_GE}2 Aralık'ta Batum'a geçen Genel Müdür, Acara Özerk Cumhuriyeti (AÖC) Maliye ve Ekonomi Bakanı Rêbwar Şêxanî ile görüştü.`,
      ),
    ).toEqual([['Rêbwar Şêxanî', 'Acara Özerk Cumhuriyeti Maliye ve Ekonomi Bakanı', null]]);
    expect(
      roles(`${TR_GE}Aksoy, Gürcistan Eğitim, Bilim ve Teknoloji Bakanı Nino Beridze ile görüştü.`),
    ).toEqual([['Nino Beridze', 'Gürcistan Eğitim, Bilim ve Teknoloji Bakanı', null]]);
  });

  it('parts «… Arşivleri Direktörü» and a secretary general named by the body’s noun', () => {
    expect(
      roles(`${TR_GE}Aksoy, Gürcistan Devlet Arşivleri Direktörü Nino Beridze ile görüştü.`),
    ).toEqual([['Nino Beridze', 'Direktör', 'Gürcistan Devlet Arşivleri']]);
    expect(
      roles(
        `${TR_GE}Aksoy, Gürcistan Kalkınma Komitesi'ni ziyaret etti ve Komite Genel Sekreteri Nino Beridze ile görüştü.`,
      ),
    ).toEqual([['Nino Beridze', 'Genel Sekreter', 'Gürcistan Kalkınma Komitesi']]);
  });
});
