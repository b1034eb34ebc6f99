import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const TR_AMMAN =
  "Kurum Başkanı Ali Kaya, 10-12 Mart tarihlerinde Ürdün'e çalışma ziyareti gerçekleştirecek. ";

describe('a fund in brackets after the one who attends', () => {
  it('reads «Halil el-Zuabi (Körfez Kalkınma Fonu)» as Halil el-Zuabi of the fund, not the fund as a person (Turkish)', () => {
    expect(
      roles(
        `${TR_AMMAN}Aynı gün düzenlenecek yuvarlak masa toplantısına Leyla bint Ömer el-Kasımi (Amman Ticaret Odası), Halil el-Zuabi (Körfez Kalkınma Fonu) ve Samir bin Ali el-Masri (Ürdün Sanayi Fonu) katılacak.`,
      ),
    ).toEqual([
      ['Leyla bint Ömer el-Kasımi', null, 'Amman Ticaret Odası'],
      ['Halil el-Zuabi', null, 'Körfez Kalkınma Fonu'],
      ['Samir bin Ali el-Masri', null, 'Ürdün Sanayi Fonu'],
    ]);
  });
});

const TR_HOSTED =
  "Ankara\n4 Mart 2026\n\nSırbistan Kamu Savunucusu Zoran Pašalić başkanlığındaki heyet, Salı ve Çarşamba günleri Ankara'da temaslarda bulundu.\n\n";

describe('a Turkish title whose head is an agent noun in its possessive', () => {
  it('reads «Tüketici Hakem Kurulu (THK) Tüketici Başdenetçisi Kemal Uysal, Pašalić’i … kabul etti» with the title before the name (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}Tüketici Hakem Kurulu (THK) Tüketici Başdenetçisi Kemal Uysal, Pašalić'i Kurul'un hizmet binasında kabul etti.`,
      ),
    ).toEqual([['Kemal Uysal', 'Tüketici Başdenetçisi', 'Tüketici Hakem Kurulu']]);
  });

  it('reads «THK Hasta Hakları Savunucusu Ayla Çetin-Kaya ile …, konuk heyete sunum yaptı» (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}THK Hasta Hakları Savunucusu Ayla Çetin-Kaya ile THK Eğitim Dairesi Başkanı Murat Er, konuk heyete sunum yaptı.`,
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ['Ayla Çetin-Kaya', 'Hasta Hakları Savunucusu'],
      ['Murat Er', 'Eğitim Dairesi Başkanı'],
    ]);
  });
});

describe('the head of a department of a body', () => {
  it('reads «THK Eğitim Dairesi Başkanı A B», «X Genel Müdürlüğü Arşiv Dairesi Başkanı C D» with the department in the title (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}Heyet, Tapu Arşivleri Genel Müdürlüğü Arşiv Dairesi Başkanı Sinan Öztürk tarafından kabul edildi. THK Eğitim Dairesi Başkanı Murat Er, konuk heyete sunum yaptı.`,
      ),
    ).toEqual([
      ['Sinan Öztürk', 'Arşiv Dairesi Başkanı', 'Tapu Arşivleri Genel Müdürlüğü'],
      ['Murat Er', 'Eğitim Dairesi Başkanı', 'THK'],
    ]);
  });
});

describe('the monuments of figures of history, visited', () => {
  it('reads «Tonyukuk ve Oğuz Kağan anıtlarını ziyaret etti», «Alp Er Tunga türbesini» as no one met (Turkish)', () => {
    expect(
      roles(
        "Kurum Başkanı Ali Kaya, 23-25 Kasım tarihlerinde Moğolistan'a çalışma ziyareti gerçekleştirdi. Kaya, 24 Kasım'da Moğolistan Kültür Bakanı Ariunaa Ganbold tarafından kabul edildi. Heyet, 25 Kasım'da Orhun Vadisi'nde Tonyukuk ve Oğuz Kağan anıtlarını ziyaret etti. Heyet ayrıca Alp Er Tunga türbesini ziyaret etti.",
      ).map((r) => r[0]),
    ).toEqual(['Ariunaa Ganbold']);
  });
});

const TR_RABAT =
  "Kurum Başkanı Ali Kaya, 3-5 Mart tarihlerinde Fas'a çalışma ziyareti gerçekleştirdi. ";

describe('an apostrophe inside a name, not before a case ending', () => {
  it("reads «Ahmed M'hamdi ile», «Driss El M'barki tarafından», «Lahcen Ou'Bouh'u» whole (Turkish)", () => {
    expect(
      roles(
        `${TR_RABAT}Kaya, Rabat'ta Fas Tarım Bakanı Ahmed M'hamdi ile görüştü. Kaya ayrıca Fas Ticaret Bakanı Driss El M'barki tarafından kabul edildi ve Fas Merkez Bankası Başkanı Lahcen Ou'Bouh'u makamında ziyaret etti.`,
      ).map((r) => r[0]),
    ).toEqual(["Ahmed M'hamdi", "Driss El M'barki", "Lahcen Ou'Bouh"]);
  });

  it("reads «Fas Sağlık Bakanı Yasmina N'gom'la görüştü» as «Yasmina N'gom» (Turkish)", () => {
    expect(
      roles(`${TR_RABAT}Kaya, Fas Sağlık Bakanı Yasmina N'gom'la görüştü.`).map((r) => r[0]),
    ).toEqual(["Yasmina N'gom"]);
  });
});

describe('the visitor’s own companions, named as such', () => {
  const opening = `${TR_RABAT}Kaya, Rabat'ta Fas Tarım Bakanı Ahmed Alami ile görüştü. `;

  it("reads «Görüşmeye Kaya'nın beraberindeki … Mehmet Demir de katıldı» as no one met (Turkish)", () => {
    expect(
      roles(
        `${opening}Görüşmeye Kaya'nın beraberindeki Kurum Başkan Yardımcısı Mehmet Demir de katıldı.`,
      ).map((r) => r[0]),
    ).toEqual(['Ahmed Alami']);
  });

  it('reads «Heyette yer alan … Mehmet Demir, Bakan B ile görüştü» and «Kaya ve beraberindeki … tarafından kabul edildi» with the host alone met (Turkish)', () => {
    expect(
      roles(
        `${opening}Heyette yer alan Başkan Yardımcısı Mehmet Demir, Fas Ticaret Bakanı Driss Bennani ile görüştü. Kaya ve beraberindeki Daire Başkanı Selin Aktaş, Fas Sanayi Bakanı Karim Tazi tarafından kabul edildi.`,
      ).map((r) => r[0]),
    ).toEqual(['Ahmed Alami', 'Driss Bennani', 'Karim Tazi']);
  });

  it('keeps the host’s own companion met: «Bakan A B, beraberindeki Bakan Yardımcısı C D ile birlikte Kaya’yı kabul etti» (Turkish)', () => {
    expect(
      roles(
        `${opening}Fas Ticaret Bakanı Driss Bennani, beraberindeki Bakan Yardımcısı Omar Fassi ile birlikte Kaya'yı kabul etti.`,
      ).map((r) => r[0]),
    ).toEqual(['Ahmed Alami', 'Driss Bennani', 'Omar Fassi']);
  });
});

describe('those who attended, listed with their bodies in brackets after the meeting in the dative', () => {
  it('reads «Toplantıya A (Danıştay), B (Sayıştay) ve C (Barolar Birliği) katıldı» with no title for the first (Turkish)', () => {
    expect(
      roles(
        "Kurum Başkanı Ali Kaya, bugün Kuzey Makedonya'da temaslarda bulundu. Kaya, Üsküp'te yuvarlak masa toplantısına katıldı. Toplantıya Dragan Petkovski (Danıştay), Ana Ristova (Sayıştay) ve Ilir Hoxha (Barolar Birliği) katıldı.",
      ),
    ).toEqual([
      ['Dragan Petkovski', null, 'Danıştay'],
      ['Ana Ristova', null, 'Sayıştay'],
      ['Ilir Hoxha', null, 'Barolar Birliği'],
    ]);
  });
});

describe('an office written by its capitals, with its possessive', () => {
  it("reads «Ürdün Kalkınma Bankası CEO'su Samir bin Halid el-Haddad'ın davetlisi olarak» as «CEO» of the bank (Turkish)", () => {
    expect(
      roles(
        `${TR_AMMAN}Ürdün Kalkınma Bankası CEO'su Samir bin Halid el-Haddad'ın davetlisi olarak Amman'a gidecek olan Kaya, el-Haddad ile kredi konularını görüşecek.`,
      ),
    ).toEqual([['Samir bin Halid el-Haddad', 'CEO', 'Ürdün Kalkınma Bankası']]);
  });
});

describe('the head of a department of a body named before', () => {
  it("reads «Kurum'un Arşiv Dairesi Başkanı A B ile Bilgi İşlem Dairesi Başkanı C D» as heads of departments of the body named before (Turkish)", () => {
    expect(
      roles(
        `${TR_HOSTED}Heyet, Devlet Arşivleri Kurumu Başkanı Sinan Öztürk tarafından kabul edildi. Kurum'un Arşiv Dairesi Başkanı Murat Er ile Bilgi İşlem Dairesi Başkanı Ayla Demir, konuk heyete sunum yaptı.`,
      ),
    ).toEqual([
      ['Sinan Öztürk', 'Başkan', 'Devlet Arşivleri Kurumu'],
      ['Murat Er', 'Arşiv Dairesi Başkanı', 'Devlet Arşivleri Kurumu'],
      ['Ayla Demir', 'Bilgi İşlem Dairesi Başkanı', 'Devlet Arşivleri Kurumu'],
    ]);
  });
});

describe('an office of a body named again by its noun alone', () => {
  it('reads «Kurum Başkan Yardımcısı A B» after «Devlet Arşivleri Kurumu Başkanı C D» as «Başkan Yardımcısı» of that body (Turkish)', () => {
    expect(
      roles(
        `${TR_HOSTED}Heyet, Devlet Arşivleri Kurumu Başkanı Sinan Öztürk tarafından kabul edildi. Kurum Başkan Yardımcısı Murat Er, konuk heyete sunum yaptı.`,
      ),
    ).toEqual([
      ['Sinan Öztürk', 'Başkan', 'Devlet Arşivleri Kurumu'],
      ['Murat Er', 'Başkan Yardımcısı', 'Devlet Arşivleri Kurumu'],
    ]);
  });
});

describe('a rank or an envoy’s style between the office and the name', () => {
  it('reads «Fas Silahlı Kuvvetleri Komutanı Orgeneral A B ile», «Dışişleri Bakan Yardımcısı Büyükelçi C D ile» with the office alone as the title (Turkish)', () => {
    expect(
      roles(
        `${TR_RABAT}Kaya, Rabat'ta Fas Silahlı Kuvvetleri Komutanı Orgeneral Driss Bennani ile görüştü. Kaya ayrıca Fas Dışişleri Bakan Yardımcısı Büyükelçi Karim Tazi ile bir araya geldi.`,
      ).map((r) => r.slice(0, 2)),
    ).toEqual([
      ['Driss Bennani', 'Fas Silahlı Kuvvetleri Komutanı'],
      ['Karim Tazi', 'Fas Dışişleri Bakan Yardımcısı'],
    ]);
  });
});
