import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_ABROAD =
  "Ankara, 4 Aralık 2026 – Türkiye Standartlar Enstitüsü Başkanı Ali Veli, 1-3 Aralık tarihlerinde Polonya, Özbekistan ve Yunanistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('a body named by parts joined by commas and «ve», its short name in brackets before the title', () => {
  it('reads none of the parts as a person and parts the body from the head «Başkanı» (Turkish)', () => {
    expect(
      roles(
        `${TR_ABROAD}Varşova'da Polonya Kimyasal Maddeler, Tarımsal İlaçlar ve Veteriner Ürünler Kayıt Dairesi (PKM) Başkanı Tomasz Nowak'ın davetlisi olarak bulunan Veli, Nowak'la iş birliğini görüştü.`,
      ),
    ).toEqual([
      [
        'Tomasz Nowak',
        'Başkan',
        'Polonya Kimyasal Maddeler, Tarımsal İlaçlar ve Veteriner Ürünler Kayıt Dairesi',
      ],
    ]);
  });

  it('reads «Servisi», «Fakültesi», «Okulu», «Dairesi» as a body’s words, never a name (Turkish)', () => {
    expect(
      roles(
        `${TR_ABROAD}Veli, Polonya Ulusal Meteoroloji Servisi (PMS) uzmanları Jan Kowal ve Anna Lis ile görüştü. Veli ayrıca Varşova Üniversitesi Tıp Fakültesi Dekanı ile bir araya geldi. Dekan Piotr Marek Zieliński, fakültenin programları hakkında bilgi verdi. Veli, Polonya Ulusal Polis Okulu Müdürü Adam Nowicki ile de görüştü.`,
      ),
    ).toEqual([
      ['Jan Kowal', null, 'Polonya Ulusal Meteoroloji Servisi'],
      ['Anna Lis', null, 'Polonya Ulusal Meteoroloji Servisi'],
      ['Piotr Marek Zieliński', 'Dekan', 'Varşova Üniversitesi Tıp Fakültesi'],
      ['Adam Nowicki', 'Müdür', 'Polonya Ulusal Polis Okulu'],
    ]);
  });
});

describe('an apostrophe inside an Uzbek word in Latin letters, a Turkish case ending after it', () => {
  it('keeps «o‘g‘li», «G‘ayrat», «Ne’mat» whole and cuts only a Turkish suffix (Turkish)', () => {
    expect(
      met(
        `${TR_ABROAD}Taşkent'te Özbekistan Enerji Bakan Yardımcısı G'ayrat Ne'mat o'g'li Sa'dullayev'in davetlisi olarak bulunan Veli, Sa'dullayev'le enerji iş birliğini görüştü. Veli, aynı gün Özbekistan Ekoloji Bakanı Dilorom Akmal qizi To'xtayeva ile de görüştü.`,
      ),
    ).toEqual(["G'ayrat Ne'mat o'g'li Sa'dullayev", "Dilorom Akmal qizi To'xtayeva"]);
  });

  it('still cuts the case ending after a name written with an apostrophe inside (Turkish)', () => {
    expect(
      met(
        `${TR_ABROAD}Veli, Özbekistan Adalet Bakanı Ulug'bek Mo'minov'la görüştü. Veli ayrıca Özbekistan Kültür Bakanı Ra'no Sa'dullayeva tarafından kabul edildi.`,
      ),
    ).toEqual(["Ulug'bek Mo'minov", "Ra'no Sa'dullayeva"]);
  });
});

describe('a weekday after a noun in the genitive opens a date, never a name', () => {
  it('reads «Heyetin Pazartesi günü», «Bakanın Salı günü» as no one (Turkish)', () => {
    expect(
      met(
        `${TR_ABROAD}Heyetin Pazartesi günü Yunanistan Adalet Bakanı Nikos Dimou tarafından kabul edilmesi planlanıyor. Veli'nin Salı günü Yunanistan Kültür Bakanı Eleni Petrou ile görüşmesi bekleniyor.`,
      ),
    ).toEqual(['Nikos Dimou', 'Eleni Petrou']);
  });
});

describe('Greek names of three words and bare titles after a title met unnamed', () => {
  it('reads «Dekan A B C, …» after «… Fakültesi Dekanı ile bir araya gelecek» (Turkish)', () => {
    expect(
      roles(
        `${TR_ABROAD}Heyet, Atina Ulusal Kapodistrias Üniversitesi Hukuk Fakültesi Dekanı ile bir araya gelecek. Dekan Dimitrios Stavros Karamanlis, fakültenin programları hakkında bilgi verecek.`,
      ),
    ).toEqual([
      [
        'Dimitrios Stavros Karamanlis',
        'Dekan',
        'Atina Ulusal Kapodistrias Üniversitesi Hukuk Fakültesi',
      ],
    ]);
  });
});

describe('a telephone call is no meeting', () => {
  it('leaves out one spoken with «telefonda», «telefonla», «telefon görüşmesi» (Turkish)', () => {
    expect(
      met(
        `${TR_ABROAD}Veli, Polonya Sağlık Bakanı Jan Kowal ile görüştü. Veli ayrıca Polonya Dışişleri Bakanı Adam Lis ile telefonda görüştü. Veli, Çekya Maliye Bakanı Petr Novák'la da telefonla görüştü ve Slovakya Ekonomi Bakanı Ján Hudák ile bir telefon görüşmesi gerçekleştirdi.`,
      ),
    ).toEqual(['Jan Kowal']);
  });

  it('still reads one met by video conference (Turkish)', () => {
    expect(
      met(
        `${TR_ABROAD}Veli, Polonya Sağlık Bakanı Jan Kowal ile video konferans yöntemiyle görüştü.`,
      ),
    ).toEqual(['Jan Kowal']);
  });
});

const TR_HOSTED =
  "Ankara\n4 Aralık 2026\n\nŞili Arşivleri heyeti Başkanlığı ziyaret etti\n\nŞili Kültür Bakanlığı Arşivler Genel Müdürü Ana María de la Fuente y Echeverría başkanlığındaki heyet, bu hafta Pazartesi'den Çarşamba'ya kadar Türkiye'de temaslarda bulundu.\n\n";

describe('a Spanish name of up to six words joined by «de la», «del», «y», named again by its surnames', () => {
  it('reads the visitor whole, and «de la Fuente y Echeverría» again as the visitor (Turkish)', () => {
    expect(
      met(
        `${TR_HOSTED}Devlet Arşivleri Başkanı Mehmet Kaya, Pazartesi günü Fuente y Echeverría'yı makamında kabul etti. Fuente y Echeverría, aynı gün Türk Tarih Kurumu Başkanı Ayşe Demir'le görüştü.`,
      ),
    ).toEqual(['Mehmet Kaya', 'Ayşe Demir']);
  });
});
