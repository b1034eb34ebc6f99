import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

const TR_ABROAD =
  "Ankara, 4 Aralık 2026 – Türkiye Uzay Ajansı Başkanı Hasan Çelik, 1-3 Aralık tarihlerinde Nepal ve Çekya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('a surname written as initials ends a name (Turkish)', () => {
  it("reads «A B K.C.'yi» whole, the case ending cut after the initials", () => {
    expect(
      roles(
        `${TR_ABROAD}Çelik, Nepal Maliye Bakanlığı Müsteşarı Ram Bahadur K.C.'yi makamında ziyaret etti.`,
      ),
    ).toEqual([['Ram Bahadur K.C.', 'Müsteşar', 'Nepal Maliye Bakanlığı']]);
  });

  it("reads «A B K.C. ile» and «A B K.C.'yle» whole", () => {
    expect(
      met(`${TR_ABROAD}Çelik, Nepal Turizm Kurulu Genel Müdürü Sita Devi K.C. ile görüştü.`),
    ).toEqual(['Sita Devi K.C.']);
    expect(
      met(`${TR_ABROAD}Çelik, Nepal Turizm Kurulu Genel Müdürü Sita Devi K.C.'yle görüştü.`),
    ).toEqual(['Sita Devi K.C.']);
  });

  it("reads «A B K.C.'nin davetlisi» as the host, and a company's «A.Ş.» as no name's end", () => {
    expect(
      met(
        `${TR_ABROAD}Nepal Enerji Bakanı Hari Bahadur K.C.'nin davetlisi olarak Katmandu'da bulunan Çelik, bakanla görüştü.`,
      ),
    ).toContain('Hari Bahadur K.C.');
    expect(
      met(`${TR_ABROAD}Çelik, Kıyı Gemi Taşıma A.Ş. Genel Müdürü Ali Rıza Kaya ile görüştü.`).some(
        (n) => n.includes('A.Ş.'),
      ),
    ).toBe(false);
  });
});

describe('the name after a bare head met unnamed just before (Turkish)', () => {
  it('reads a name of four words after «Başkan» in the next sentence', () => {
    expect(
      met(
        `${TR_ABROAD}Heyet, Nepal Hac Komitesi tarafından kabul edildi; Komite Başkanı tarafından kabul edildi. Başkan Abdul Karim Shah Miya, hac hazırlıkları hakkında bilgi verdi.`,
      ),
    ).toEqual(['Abdul Karim Shah Miya']);
  });

  it('reads the name after «Dekan Prof. Dr.» when the dean was to be met («görüşecek»)', () => {
    expect(
      met(
        `${TR_ABROAD}Heyet ertesi gün Brno Teknik Üniversitesi Makine Fakültesi Dekanı ile görüşecek. Dekan Prof. Dr. Jiří Hlaváček, fakültenin çalışmaları hakkında bilgi verecek.`,
      ),
    ).toEqual(['Jiří Hlaváček']);
  });

  it('reads a name of three words after «Rektör» when the rector was met («görüştü»)', () => {
    expect(
      met(
        `${TR_ABROAD}Heyet, Katmandu Üniversitesi Rektörü ile görüştü. Rektör Bhola Nath Adhikari, üniversite hakkında bilgi verdi.`,
      ),
    ).toEqual(['Bhola Nath Adhikari']);
  });
});

describe('the Czech and Slovak «Ing.» and «Mgr.» stand before names of a list (Turkish)', () => {
  it("reads «X'ten Ing. A, Ing. B ve Mgr. C'yle» as three people of the body", () => {
    expect(
      roles(
        `${TR_ABROAD}Heyet, Brno'da ČEZ'den Ing. Jiří Dvořák, Mgr. Lukáš Řepka ve Ing. Věra Nováková'yla görüştü.`,
      ),
    ).toEqual([
      ['Jiří Dvořák', null, 'ČEZ'],
      ['Lukáš Řepka', null, 'ČEZ'],
      ['Věra Nováková', null, 'ČEZ'],
    ]);
  });

  it("reads Polish letters in a list: «X'ten Ing. Łucja Wróbel ve Ing. Bożena Kłos'la»", () => {
    expect(
      met(
        `${TR_ABROAD}Heyet, Ostrava'da ŽDB'den Ing. Łucja Wróbel ve Ing. Bożena Kłos'la görüştü.`,
      ),
    ).toEqual(['Łucja Wróbel', 'Bożena Kłos']);
  });
});

const TR_MALAY =
  "İstanbul, 4 Aralık 2026 – Türkiye Sigorta Birliği Genel Sekreteri Kemal Aydın başkanlığındaki heyet, 2 ile 4 Aralık arasında Malezya ve Brunei'de bir dizi görüşme gerçekleştirdi.\n\n";

describe('Malay styles stand before a name, «binti» and «bin» inside it (Turkish)', () => {
  it("reads «Datuk A binti B C'nin davetlisi»: a given name in «-i» before «binti» is no title's end", () => {
    expect(
      roles(
        `${TR_MALAY}Kuala Lumpur'da Malezya Menkul Kıymetler Kurulu Başkan Yardımcısı Datuk Rohani binti Abdul Latif'in davetlisi olarak bulunan Aydın, sermaye piyasalarını görüştü.`,
      ),
    ).toEqual([
      ['Rohani binti Abdul Latif', 'Başkan Yardımcısı', 'Malezya Menkul Kıymetler Kurulu'],
    ]);
  });

  it("reads «Dato' Sri Haji A B bin Haji C tarafından»: the styles leave the title, the father's «Haji» stays", () => {
    expect(
      roles(
        `${TR_MALAY}Aydın, Malezya Ticaret Bakan Yardımcısı Dato' Sri Haji Azman Hakim bin Haji Osman tarafından kabul edildi.`,
      ),
    ).toEqual([['Azman Hakim bin Haji Osman', 'Malezya Ticaret Bakan Yardımcısı', null]]);
  });

  it('reads «Dato Paduka Haji A B bin Haji C ile» and «Datin Hajah A binti B ile»', () => {
    expect(
      roles(
        `${TR_MALAY}Aydın, Brunei Kalkınma Bankası Genel Müdürü Dato Paduka Haji Awang Salleh bin Haji Jaafar ile görüştü.`,
      ),
    ).toEqual([['Awang Salleh bin Haji Jaafar', 'Genel Müdür', 'Brunei Kalkınma Bankası']]);
    expect(
      met(
        `${TR_MALAY}Aydın, Brunei Sağlık Bakanlığı Müsteşarı Datin Hajah Rosnani binti Ismail ile görüştü.`,
      ),
    ).toEqual(['Rosnani binti Ismail']);
  });

  it('reads «Rektörü Tan Sri Dr. A bin B C, heyet onuruna bir akşam yemeği verdi» as a host met', () => {
    expect(
      roles(
        `${TR_MALAY}Akşam ise Malaya Üniversitesi Rektörü Tan Sri Dr. Hamzah bin Ali Rahman, heyet onuruna bir akşam yemeği verdi.`,
      ),
    ).toEqual([['Hamzah bin Ali Rahman', 'Rektör', 'Malaya Üniversitesi']]);
  });

  it('keeps «Tan» as a surname when no «Sri» follows it', () => {
    expect(
      met(`${TR_MALAY}Aydın, Malezya Sigorta Derneği Başkanı Tan Wei Ming ile görüştü.`),
    ).toEqual(['Tan Wei Ming']);
  });
});

const TR_PAKISTAN =
  "Ankara, 4 Aralık 2026 – Makine ve Kimya Endüstrisi Genel Müdürü Ali Kaya başkanlığındaki heyet, 1-3 Aralık 2026 tarihlerinde Pakistan ve Bangladeş'te temaslarda bulundu.\n\n";

describe('a short given name or style opens a South Asian name; an izafet compound names no one (Turkish)', () => {
  it("keeps «Ch.» (Chaudhry) as the name's first word: «Korgeneral Ch. A B C tarafından»", () => {
    expect(
      met(
        `${TR_PAKISTAN}Kaya, Savunma Bakanlığı Müsteşarı Korgeneral Ch. Tariq Mehmood Bajwa tarafından kabul edildi.`,
      ),
    ).toEqual(['Ch. Tariq Mehmood Bajwa']);
  });

  it("keeps «Md.» (Mohammad) as the name's first word: «Müsteşarı Md. A B C ile»", () => {
    expect(
      met(
        `${TR_PAKISTAN}Kaya, Bangladeş Sanayi Bakanlığı Müsteşarı Md. Abdul Karim Mia ile görüştü.`,
      ),
    ).toEqual(['Md. Abdul Karim Mia']);
  });

  it("reads «Mazar-ı Kaid'i», «Bab-ı Ali'yi» as places visited, not people", () => {
    expect(
      met(
        `${TR_PAKISTAN}Heyet, Pakistan'ın kurucusunun anıt mezarı Mazar-ı Kaid'i ve tarihi Bab-ı Ali'yi ziyaret etti. Kaya, Pakistan Sanayi Bakanı Rana Tanveer Hussain ile görüştü.`,
      ),
    ).toEqual(['Rana Tanveer Hussain']);
  });
});

describe('neighbours of the Malay styles and of a title met unnamed (Turkish)', () => {
  it('keeps «Sri Lanka» in the title, and drops «Datuk Sri» before a name', () => {
    expect(
      roles(
        `${TR_MALAY}Kolombo'da Sri Lanka Liman ve Denizcilik Bakanı Ruwan Kumara Dias ile görüşen Aydın, Malezya'da Ulaştırma Bakan Yardımcısı Datuk Sri Azman Hakim bin Osman ile görüştü.`,
      ),
    ).toEqual([
      ['Ruwan Kumara Dias', 'Sri Lanka Liman ve Denizcilik Bakanı', null],
      ['Azman Hakim bin Osman', 'Ulaştırma Bakan Yardımcısı', null],
    ]);
  });

  it('parts a municipality from its deputy head named in the next sentence', () => {
    expect(
      roles(
        `${TR_ABROAD}Çelik, Prag Belediyesi Başkan Yardımcısı ile görüştü. Başkan Yardımcısı Petra Nováková, şehrin projeleri hakkında bilgi verdi.`,
      ),
    ).toEqual([['Petra Nováková', 'Başkan Yardımcısı', 'Prag Belediyesi']]);
  });

  it('leaves a retired rank out of the title: «Müsteşarı Emekli Tuğgeneral A B»', () => {
    expect(
      roles(
        `${TR_PAKISTAN}Kaya, Savunma Üretimi Bakanlığı Müsteşarı Emekli Tuğgeneral Imran Ali Khan tarafından kabul edildi.`,
      ),
    ).toEqual([['Imran Ali Khan', 'Müsteşar', 'Savunma Üretimi Bakanlığı']]);
  });
});

const TR_HOSTED = (visit: string) =>
  `Ankara\n4 Aralık 2026\n\nMacaristan heyeti Sayıştay'ı ziyaret etti\n\nMacaristan Devlet Denetim Ofisi Başkanı Kovács László başkanlığındaki heyet, ${visit}\n\nSayıştay Başkanı Metin Yener, Kovács'ı ve beraberindeki heyeti kabul etti.`;

describe('a weekday told with its week, and a stay told by its length (Turkish)', () => {
  it('reads «geçtiğimiz salı … iki gün süren temaslar» as last Tuesday and the day after', () => {
    expect(
      visitOf(TR_HOSTED("geçtiğimiz salı Ankara'ya gelerek iki gün süren temaslarda bulundu.")),
    ).toEqual({ country: 'TR', start: '2026-12-01', end: '2026-12-02' });
  });

  it('reads «geçen Pazartesi günü … üç günlük» as last Monday and the two days after', () => {
    expect(
      visitOf(
        TR_HOSTED("geçen Pazartesi günü Ankara'ya gelerek üç günlük bir ziyaret gerçekleştirdi."),
      ),
    ).toEqual({ country: 'TR', start: '2026-11-30', end: '2026-12-02' });
  });

  it('reads «geçtiğimiz çarşamba» alone as that one day', () => {
    expect(visitOf(TR_HOSTED("geçtiğimiz çarşamba Ankara'da temaslarda bulundu."))).toEqual({
      country: 'TR',
      start: '2026-12-02',
      end: '2026-12-02',
    });
  });

  it('reads «önümüzdeki perşembe» as the coming Thursday', () => {
    expect(
      visitOf(TR_HOSTED("önümüzdeki perşembe Ankara'ya gelerek temaslarda bulunacak.")),
    ).toEqual({ country: 'TR', start: '2026-12-10', end: '2026-12-10' });
  });
});

describe('a member of a body: «Üyesi» ends the title before the name (Turkish)', () => {
  it('reads «X Başkanvekili A ile X Üyesi B, konuk heyete … sunum yaptı» as two people, beside the host', () => {
    expect(
      met(
        TR_HOSTED(
          "geçtiğimiz salı Ankara'ya geldi. Sayıştay Başkanvekili Ahmet Selim Koç ile Sayıştay Üyesi Hüseyin Kemal Aydın, konuk heyete denetim sistemi hakkında bir sunum yaptı.",
        ),
      ).sort(),
    ).toEqual(['Ahmet Selim Koç', 'Hüseyin Kemal Aydın', 'Metin Yener']);
  });
});
