import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

const TR_ABROAD =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Hollanda ve Almanya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('Dutch and German particles before a surname with a case ending (Turkish)', () => {
  it("reads «ter», «ten» and «van 't» as particles, the ending after the apostrophe cut", () => {
    expect(
      roles(`${TR_ABROAD}Aksoy, Hollanda Rekabet Kurumu Başkanı Maarten ter Horst'la görüştü.`),
    ).toEqual([['Maarten ter Horst', 'Başkan', 'Hollanda Rekabet Kurumu']]);
    expect(
      met(`${TR_ABROAD}Aksoy, Hollanda Rekabet Kurumu Başkanı Ruud ten Brink'i ziyaret etti.`),
    ).toEqual(['Ruud ten Brink']);
    expect(
      met(`${TR_ABROAD}Aksoy, Rotterdam Limanı CEO'su Joost van 't Hek'le bir araya geldi.`),
    ).toEqual(["Joost van 't Hek"]);
    expect(
      met(`${TR_ABROAD}Aksoy, Rotterdam Limanı CEO'su Joost van ’t Hek ile bir araya geldi.`),
    ).toEqual(['Joost van ’t Hek']);
  });

  it('reads «von und zu» as one particle, and «van de», «van der», «de la» with an ending', () => {
    expect(
      met(
        `${TR_ABROAD}Heyet, Alman Enerji Ajansı Başkanı Dr. Otto von und zu Stetten'in davetlisi olarak Berlin'e geçti.`,
      ),
    ).toEqual(['Otto von und zu Stetten']);
    expect(
      met(`${TR_ABROAD}Aksoy, Hollanda Su Kurulu Başkanı Femke van de Ven'le görüştü.`),
    ).toEqual(['Femke van de Ven']);
    expect(
      met(
        `${TR_ABROAD}Aksoy, Hollanda Su Kurulu Başkanı Ruud van der Berg'in davetlisi olarak Lahey'e geçti.`,
      ),
    ).toEqual(['Ruud van der Berg']);
    expect(
      met(`${TR_ABROAD}Aksoy, İspanya Enerji Kurumu Başkanı Rosa de la Cruz'la görüştü.`),
    ).toEqual(['Rosa de la Cruz']);
  });
});

describe('days told from the dateline in separate sentences (Turkish)', () => {
  const KZ =
    "ASTANA, 4 Aralık 2026\n\nTürkiye Enerji Kurumu Başkanı Selim Aksoy başkanlığındaki heyet, dün Kazakistan'da bir dizi görüşme gerçekleştirdi.\n\n";
  it('spans «dün … bugün» from the day before the dateline to its day', () => {
    expect(
      visitOf(
        `${KZ}Aksoy, Kazakistan Enerji Bakanı Arman Sadykov tarafından kabul edildi.\n\nHeyet bugün Şımkent'e geçerek incelemelerde bulunacak.`,
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-03', end: '2026-12-04' });
  });

  it('spans «önceki gün … yarın», and keeps «dün» alone to one day', () => {
    const before =
      "ASTANA, 4 Aralık 2026\n\nTürkiye Enerji Kurumu Başkanı Selim Aksoy başkanlığındaki heyet, önceki gün Kazakistan'da temaslara başladı.\n\n";
    expect(visitOf(`${before}Aksoy ve heyeti yarın Şımkent'te incelemelerde bulunacak.`)).toEqual({
      country: 'KZ',
      start: '2026-12-02',
      end: '2026-12-05',
    });
    expect(
      visitOf(`${KZ}Aksoy, Kazakistan Enerji Bakanı Arman Sadykov tarafından kabul edildi.`),
    ).toEqual({ country: 'KZ', start: '2026-12-03', end: '2026-12-03' });
  });
});

describe('a publication stamp under an issuing office of many words (Turkish)', () => {
  it('reads a range with no year by the stamp, whose day ends no visit', () => {
    expect(
      visitOf(
        "Türkiye Ulusal Arşivler Genel Müdürlüğü\nYayın tarihi: 4 Aralık 2026\n\nGenel Müdürümüz Laos'ta temaslarda bulundu\n\nUlusal Arşivler Genel Müdürü Selim Aksoy başkanlığındaki heyet, 24-27 Kasım tarihlerinde Laos'a çalışma ziyareti gerçekleştirdi.\n\nHeyet, 25 Kasım'da Laos Ulusal Arşivi'ni ziyaret etti.",
      ),
    ).toEqual({ country: 'LA', start: '2026-11-24', end: '2026-11-27' });
  });
});

const TR_KZ =
  "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Kazakistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('an office after the body that holds it, in the genitive (Turkish)', () => {
  it("parts «X'un Genel Müdürü A B» into the office and the body", () => {
    expect(
      roles(
        `${TR_KZ}Aksoy, aynı gün ulusal enerji şirketi Kaz-Energo Holding'in Genel Müdürü Asel Bekova'yla da görüştü.`,
      ),
    ).toEqual([['Asel Bekova', 'Genel Müdür', 'Kaz-Energo Holding']]);
    expect(
      roles(`${TR_KZ}Aksoy, aynı gün Kaz-Munai'nin Genel Müdürü Dana Omarova ile görüştü.`),
    ).toEqual([['Dana Omarova', 'Genel Müdür', 'Kaz-Munai']]);
    expect(
      roles(`${TR_KZ}Aksoy, aynı gün Astana Borsası'nın CEO'su Dana Omarova ile görüştü.`),
    ).toEqual([['Dana Omarova', 'CEO', 'Astana Borsası']]);
  });

  it("keeps a place's title whole: «Kazakistan'ın Ankara Büyükelçisi A B»", () => {
    expect(
      roles(`${TR_KZ}Aksoy, Kazakistan'ın Ankara Büyükelçisi Dana Omarova ile görüştü.`),
    ).toEqual([['Dana Omarova', 'Ankara Büyükelçisi', null]]);
  });

  it("parts a company's chief executive and board member from the company", () => {
    expect(roles(`${TR_ABROAD}Aksoy, Euronext Brüksel CEO'su Pieter Claes'le görüştü.`)).toEqual([
      ['Pieter Claes', 'CEO', 'Euronext Brüksel'],
    ]);
    expect(
      roles(`${TR_ABROAD}Aksoy, Deutsche Bahn Yönetim Kurulu Üyesi Dr. Karl Brenner ile görüştü.`),
    ).toEqual([['Karl Brenner', 'Yönetim Kurulu Üyesi', 'Deutsche Bahn']]);
  });
});

describe('an office in small letters of a body in the genitive, named next (Turkish)', () => {
  it("reads the name after «Müdür» when «X Kütüphanesi'nin müdürüyle» was met", () => {
    expect(
      roles(
        `${TR_KZ}Aksoy, ziyaretin son günü Astana Üniversitesi Kütüphanesi'nin müdürüyle görüştü. Müdür Li Wei, koleksiyon hakkında bilgi verdi.`,
      ),
    ).toEqual([['Li Wei', 'Müdür', 'Astana Üniversitesi Kütüphanesi']]);
  });

  it("reads «X Ajansı'nın Genel Müdürü ile … bir araya geldi. Genel Müdür A B» with the body", () => {
    expect(
      roles(
        `${TR_KZ}Heyet aynı gün Ulusal Enerji Ajansı'nın Genel Müdürü ile de bir araya geldi. Genel Müdür Arman Sadykov, çalışmalar hakkında bilgi verdi.`,
      ),
    ).toEqual([['Arman Sadykov', 'Genel Müdür', 'Ulusal Enerji Ajansı']]);
    expect(
      roles(
        `${TR_KZ}Heyet aynı gün Ulusal Enerji Ajansı'nın genel müdürüyle görüştü. Genel Müdür Arman Sadykov, çalışmalar hakkında bilgi verdi.`,
      ),
    ).toEqual([['Arman Sadykov', 'Genel Müdür', 'Ulusal Enerji Ajansı']]);
  });

  it('parts a library and a museum from the director of it', () => {
    expect(
      roles(`${TR_KZ}Aksoy, Kazakistan Ulusal Kütüphanesi Müdürü Dana Omarova'yı ziyaret etti.`),
    ).toEqual([['Dana Omarova', 'Müdür', 'Kazakistan Ulusal Kütüphanesi']]);
    expect(roles(`${TR_KZ}Aksoy, Astana Devlet Müzesi Müdürü Dana Omarova ile görüştü.`)).toEqual([
      ['Dana Omarova', 'Müdür', 'Astana Devlet Müzesi'],
    ]);
  });
});

describe('a title in the plural before a list of names (Turkish)', () => {
  it('gives each name of the list the title in the singular', () => {
    expect(
      roles(
        `${TR_KZ}Aksoy, Kazakistan Enerji Bakanı Arman Sadykov'la görüştü. Görüşmeye Kazakistan Enerji Bakan Yardımcıları Dana Omarova ve Serik Bekov de katıldı.`,
      ),
    ).toEqual([
      ['Arman Sadykov', 'Kazakistan Enerji Bakanı', null],
      ['Dana Omarova', 'Kazakistan Enerji Bakan Yardımcısı', null],
      ['Serik Bekov', 'Kazakistan Enerji Bakan Yardımcısı', null],
    ]);
  });

  it("does so for a list of three, a rector's deputies and board members", () => {
    expect(
      roles(
        `${TR_KZ}Aksoy, Kazakistan Enerji Bakan Yardımcıları Dana Omarova, Serik Bekov ve Asel Nurova ile görüştü.`,
      ).map(([, title]) => title),
    ).toEqual([
      'Kazakistan Enerji Bakan Yardımcısı',
      'Kazakistan Enerji Bakan Yardımcısı',
      'Kazakistan Enerji Bakan Yardımcısı',
    ]);
    expect(
      roles(
        `${TR_KZ}Aksoy, Astana Üniversitesi Rektör Yardımcıları Dana Omarova ve Serik Bekov ile görüştü.`,
      ),
    ).toEqual([
      ['Dana Omarova', 'Rektör Yardımcısı', 'Astana Üniversitesi'],
      ['Serik Bekov', 'Rektör Yardımcısı', 'Astana Üniversitesi'],
    ]);
    expect(
      roles(
        `${TR_KZ}Aksoy, KazMunai Yönetim Kurulu Üyeleri Dana Omarova ve Serik Bekov ile görüştü.`,
      ).map(([, title, body]) => [title, body]),
    ).toEqual([
      ['Yönetim Kurulu Üyesi', 'KazMunai'],
      ['Yönetim Kurulu Üyesi', 'KazMunai'],
    ]);
  });

  it('keeps two titles of their own apart', () => {
    expect(
      roles(
        `${TR_KZ}Aksoy, Kazakistan Enerji Bakanı Arman Sadykov ve Kazakistan Sanayi Bakanı Serik Bekov ile görüştü.`,
      ),
    ).toEqual([
      ['Arman Sadykov', 'Kazakistan Enerji Bakanı', null],
      ['Serik Bekov', 'Kazakistan Sanayi Bakanı', null],
    ]);
  });
});

describe("a building's own name in brackets after its Turkish name (Turkish)", () => {
  const VN =
    "Ankara, 4 Aralık 2026 – Türkiye Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Vietnam'a çalışma ziyareti gerçekleştirdi.\n\nAksoy, Vietnam Enerji Bakanı Trần Văn Nam'la görüştü. ";
  it("reads no one in «Tapınağı'nı (A B)» nor «Pagodası'nı (A B)»", () => {
    expect(
      met(
        `${VN}Heyet, ülkenin ilk okulu kabul edilen Edebiyat Tapınağı'nı (Quốc Tử Giám) da gezdi.`,
      ),
    ).toEqual(['Trần Văn Nam']);
    expect(met(`${VN}Heyet, Parfüm Pagodası'nı (Chùa Hương) ziyaret etti.`)).toEqual([
      'Trần Văn Nam',
    ]);
  });
});

describe('an office of a body named again by its noun after the text called at it (Turkish)', () => {
  it('gives «Enstitü Müdürü» the institute visited before in the sentence', () => {
    expect(
      roles(
        `${TR_KZ}Heyet, 2 Aralık'ta Abay Dil Araştırmaları Enstitüsü'nü ziyaret ederek Enstitü Müdürü Dana Omarova'yla bir araya geldi.`,
      ),
    ).toEqual([['Dana Omarova', 'Müdür', 'Abay Dil Araştırmaları Enstitüsü']]);
  });

  it('gives «Merkez Başkanı» the centre visited in the sentence before', () => {
    expect(
      roles(
        `${TR_KZ}Heyet, Astana Nükleer Araştırma Merkezi'ni ziyaret etti. Aksoy, burada Merkez Başkanı Serik Bekov ile görüştü.`,
      ),
    ).toEqual([['Serik Bekov', 'Başkan', 'Astana Nükleer Araştırma Merkezi']]);
  });
});
