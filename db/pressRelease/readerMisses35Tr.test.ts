import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_KG =
  "Bursa, 4 Aralık 2026 – Ticaret Odası Başkanı Selim Aksoy başkanlığındaki heyet, 1-3 Aralık tarihlerinde Kırgızistan ve Özbekistan'ı ziyaret etti.\n\n";

describe('a local or consular office written before a name (Turkish)', () => {
  it('keeps «Kaymakam», «Başkonsolos», «Konsolos» out of the name, in any case', () => {
    expect(
      met(
        `${TR_KG}Heyet, Kaymakam Ayşe Nur Yıldıztepe'yle görüştü. Aksoy ayrıca Başkonsolos Tolga Kuzucu'yu ziyaret etti. Ardından Konsolos Merve Aydınoğlu ile bir araya geldi.`,
      ),
    ).toEqual(['Ayşe Nur Yıldıztepe', 'Tolga Kuzucu', 'Merve Aydınoğlu']);
  });

  it('keeps «Maslahatgüzar», «Başhekim», «Hokim», «Akim» out of the name', () => {
    expect(
      met(
        `${TR_KG}Heyet, Maslahatgüzar Kerem Altınsoy tarafından kabul edildi. Aksoy ayrıca Başhekim Sevgi Karadut'la görüştü. Heyet, Hokim Rustam Aliqulov'la ve Akim Nurlan Beysenov'la da görüştü.`,
      ),
    ).toEqual(['Kerem Altınsoy', 'Sevgi Karadut', 'Rustam Aliqulov', 'Nurlan Beysenov']);
  });

  it('reads the office after a place in the possessive as the title: «Viloyeti Hokimi», «Oblısı Akimi»', () => {
    expect(
      met(
        `${TR_KG}Heyet, Buhara Viloyeti Hokimi Sardor Toshpulatov'la görüştü. Aksoy ayrıca Oş Oblısı Akimi Marat Sultanaliyev tarafından kabul edildi.`,
      ),
    ).toEqual(['Sardor Toshpulatov', 'Marat Sultanaliyev']);
  });

  it('never reads the office’s seat as a person: «Kaymakamlığını», «Başkonsolosluğu»', () => {
    expect(
      met(
        `${TR_KG}Heyet, Kemerli Kaymakamlığını ziyaret etti. Aksoy ayrıca Oş Başkonsolosluğunu ziyaret etti.`,
      ),
    ).toEqual([]);
  });
});

describe('«Vali Yardımcısı» and «Kaymakam» before a name written large (Turkish)', () => {
  it('keeps the title and the name apart', () => {
    expect(
      roles(
        `${TR_KG}Heyet, Vali Yardımcısı Orhan TEKELİOĞLU tarafından kabul edildi. Aksoy ayrıca Kaymakam Nuri ÇALIŞKAN'la görüştü.`,
      ),
    ).toEqual([
      ['Orhan TEKELİOĞLU', 'Vali Yardımcısı', null],
      ['Nuri ÇALIŞKAN', 'Kaymakam', null],
    ]);
  });
});

const TR_AE =
  "Ankara, 4 Aralık 2026 – Tarım Kurumu Genel Müdürü Selim Aksoy başkanlığındaki heyet, 8-10 Aralık tarihlerinde Katar ve Bangladeş'e resmi bir ziyaret gerçekleştirecek.\n\n";

describe('the first parts of a ministry’s or a body’s name joined by «ve» or commas (Turkish)', () => {
  it('never reads an abstract noun in its possessive as a name: «Gıda Güvenliği ve …»', () => {
    expect(
      roles(
        `${TR_AE}Doha'ya geçecek heyet, Katar Ulusal Su Güvenliği ve Çevre Bakanı Tamim bin Nasser el-Thani'yle görüşecek. Ardından Bangladeş Ulusal Hayvan Sağlığı ve Balıkçılık Bakanı Rafiqul Alam Sarker'le bir araya gelecek.`,
      ),
    ).toEqual([
      ['Tamim bin Nasser el-Thani', 'Katar Ulusal Su Güvenliği ve Çevre Bakanı', null],
      ['Rafiqul Alam Sarker', 'Bangladeş Ulusal Hayvan Sağlığı ve Balıkçılık Bakanı', null],
    ]);
  });

  it('never reads the first part of a ministry named before «ve» as a person', () => {
    expect(
      met(
        `${TR_AE}Heyetin, Katar İklim Değişikliği ve Çevre Bakanlığı Müsteşarı Şeyh Nasser bin Ali el-Mahmud tarafından kabul edilmesi bekleniyor.`,
      ),
    ).toEqual(['Nasser bin Ali el-Mahmud']);
  });

  it('never reads the first part of a ministry listed with commas as a person', () => {
    expect(
      roles(
        `${TR_AE}Aksoy, Bangladeş Yüksek Öğretim, Bilim ve Teknoloji Bakan Yardımcısı Nasrin Akter'in ev sahipliğinde düzenlenen toplantıya katıldı.`,
      ),
    ).toEqual([
      ['Nasrin Akter', 'Bangladeş Yüksek Öğretim, Bilim ve Teknoloji Bakan Yardımcısı', null],
    ]);
  });
});

describe('the head of a body named again by its bare noun in the genitive (Turkish)', () => {
  it('reads «Otoritenin Genel Müdürü», «Kurumun Genel Müdürü» as the office of the body called at', () => {
    expect(
      roles(
        `${TR_AE}Heyet, aynı gün Katar Gıda Otoritesi'ni de ziyaret edecek. Otoritenin Genel Müdürü Khalid el-Mannai, bir sunum yapacak.`,
      ),
    ).toEqual([['Khalid el-Mannai', 'Genel Müdür', 'Katar Gıda Otoritesi']]);
    expect(
      roles(
        `${TR_AE}Heyet, aynı gün Bangladeş Yatırım Kurumu'nu da ziyaret edecek. Kurumun Genel Müdürü Shafiqul Haque Bhuiyan, bir sunum yapacak.`,
      ),
    ).toEqual([['Shafiqul Haque Bhuiyan', 'Genel Müdür', 'Bangladeş Yatırım Kurumu']]);
  });
});

const TR_NL =
  "Ankara, 4 Aralık 2026 – Adli Tıp Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Hollanda'ya bir çalışma ziyareti gerçekleştirdi.\n\n";

describe('a Dutch name that opens with «IJ» written large (Turkish)', () => {
  it('reads «IJ» as one letter of the name, with any case ending', () => {
    expect(
      met(
        `${TR_NL}Aksoy, Enstitü Müdürü Sanne IJzerman'la görüştü. Ardından Ajans Başkanı Daan IJsbrandt'ın ev sahipliğinde düzenlenen toplantıya katıldı. Heyet, Kurum Direktörü Noor IJpelaar tarafından kabul edildi.`,
      ),
    ).toEqual(['Sanne IJzerman', 'Daan IJsbrandt', 'Noor IJpelaar']);
  });
});

describe('one whose presentation the visitors heard, or who told them of something (Turkish)', () => {
  it('reads «A’nın sunumunu dinledi», «A’nın brifingini aldı» as a meeting', () => {
    expect(
      roles(
        `${TR_NL}Heyet, Kurum'un Veri Direktörü Sanne IJzerman'ın sunumunu dinledi. Aksoy ayrıca Laboratuvar Müdürü Pieter Hoekstra'nın brifingini aldı.`,
      ),
    ).toEqual([
      ['Sanne IJzerman', 'Veri Direktörü', null],
      ['Pieter Hoekstra', 'Laboratuvar Müdürü', null],
    ]);
  });

  it('reads one who told the guests of something as met: «heyete … anlattı», «konuklara … tanıttı»', () => {
    expect(
      met(
        `${TR_NL}Heyet akşam bir temsil izledi. Müze Müdürü Gülnur Sadıkova, heyete müzenin tarihini anlattı. Kütüphane Müdürü Aybek Tursunov da konuklara yeni okuma salonunu tanıttı.`,
      ),
    ).toEqual(['Gülnur Sadıkova', 'Aybek Tursunov']);
  });
});

describe('the body named again by its noun is the one named last (Turkish)', () => {
  it('takes the body called at, not an earlier one met with the same noun', () => {
    expect(
      roles(
        `${TR_AE}Aksoy, Doha Su Otoritesi Başkanı Ali el-Kuwari'yle görüşecek. Heyet, aynı gün Katar Helal Otoritesi'ni de ziyaret edecek. Otoritenin Genel Müdürü Khalid el-Mannai, bir sunum yapacak.`,
      ),
    ).toEqual([
      ['Ali el-Kuwari', 'Başkan', 'Doha Su Otoritesi'],
      ['Khalid el-Mannai', 'Genel Müdür', 'Katar Helal Otoritesi'],
    ]);
  });
});

describe('a theatre’s head named by the theatre’s noun after the visit there (Turkish)', () => {
  it('reads «Tiyatro Müdürü» as the «Müdür» of the theatre named before', () => {
    expect(
      roles(
        `${TR_NL}Heyet akşam Devlet Gençlik Tiyatrosu'nda bir temsil izledi. Tiyatro Müdürü Gülnur Sadıkova, heyete tiyatronun tarihini anlattı.`,
      ),
    ).toEqual([['Gülnur Sadıkova', 'Müdür', 'Devlet Gençlik Tiyatrosu']]);
  });
});
