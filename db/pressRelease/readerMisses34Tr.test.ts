import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

const TR_FR =
  "Ankara, 4 Aralık 2026 – Rekabet Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Fransa ve İspanya'ya çalışma ziyareti gerçekleştirdi.\n\n";

describe('a French or Spanish article written large after «de», after a title (Turkish)', () => {
  it('keeps the given name before «de La», «de Los» and a double given name before «de»', () => {
    expect(
      roles(
        `${TR_FR}Heyet, Fransa Rekabet Kurulu Başkanı Odile de La Fontaine tarafından kabul edildi. Aksoy ayrıca İspanya Enerji Bakanı Inés de Los Santos'la görüştü. Ardından Ajans Başkanı Jean-Pierre de Wit'i ziyaret etti.`,
      ),
    ).toEqual([
      ['Odile de La Fontaine', 'Başkan', 'Fransa Rekabet Kurulu'],
      ['Inés de Los Santos', 'İspanya Enerji Bakanı', null],
      ['Jean-Pierre de Wit', 'Ajans Başkanı', null],
    ]);
  });

  it('keeps the particles written small as before: «du», «van den», «von der»', () => {
    expect(
      met(
        `${TR_FR}Aksoy, Enerji Bakanı Pierre du Pont'la görüştü. Ardından Ajans Başkanı Anna van den Heuvel'i ve Kurum Başkanı Hans von der Linde'yi ziyaret etti.`,
      ),
    ).toEqual(['Pierre du Pont', 'Anna van den Heuvel', 'Hans von der Linde']);
  });
});

describe('a body’s short name in brackets with a digit or small letters (Turkish)', () => {
  it('reads «Otoritesi (H2B)», «Derneği (AdlR)» as the body before the office, never a person', () => {
    expect(
      roles(
        `${TR_FR}Heyet, Fransa Piyasa Otoritesi (H2B) Başkanı Sophie Marchand tarafından kabul edildi. Aksoy ayrıca Fransa Denetçiler Derneği (AdlR) Başkanı Luc Bernard'la görüştü.`,
      ),
    ).toEqual([
      ['Sophie Marchand', 'Başkan', 'Fransa Piyasa Otoritesi'],
      ['Luc Bernard', 'Başkan', 'Fransa Denetçiler Derneği'],
    ]);
  });

  it('never reads a body ending in «Otoritesi», «Federasyonu», «Sendikası» as a person', () => {
    expect(met(`${TR_FR}Heyet, Yüksek Piyasa Otoritesi tarafından kabul edildi.`)).toEqual([]);
    expect(met(`${TR_FR}Heyet, Ulusal Güreş Federasyonu tarafından kabul edildi.`)).toEqual([]);
    expect(met(`${TR_FR}Heyet, Liman İşçileri Sendikası tarafından kabul edildi.`)).toEqual([]);
  });
});

const TR_RW =
  "İstanbul, 4 Aralık 2026 – Sanayi Odası Başkanı Selim Aksoy başkanlığındaki heyet, 24-27 Kasım tarihlerinde Ruanda ve Moldova'yı ziyaret etti.\n\n";

describe('the head of a body called at or gone to, named in the next sentence (Turkish)', () => {
  it('reads the office after the body’s noun in the genitive: «Kurulun İcra Kurulu Başkanı»', () => {
    expect(
      roles(
        `${TR_RW}Heyet ardından Ruanda Yatırım Kurulu'nu (RIB) ziyaret etti. Kurulun İcra Kurulu Başkanı Jean-Marie Habimana, yatırım ortamı hakkında bir sunum yaptı.`,
      ),
    ).toEqual([['Jean-Marie Habimana', 'İcra Kurulu Başkanı', 'Ruanda Yatırım Kurulu']]);
  });

  it('reads a body gone to in the dative, its head after honorifics: «Üniversitesi’ne gidilecek»', () => {
    expect(
      roles(
        `${TR_RW}Program kapsamında Bălți Devlet Üniversitesi'ne de gidilecek. Üniversitenin Rektörü Doç. Dr. Elena Ceban-Rusu, heyete bölümler hakkında bilgi verecek.`,
      ),
    ).toEqual([['Elena Ceban-Rusu', 'Rektör', 'Bălți Devlet Üniversitesi']]);
  });

  it('reads the body named again whole, and an authority’s head by its noun', () => {
    expect(
      roles(
        `${TR_RW}Heyet, Moldova Sanayi Enstitüsü'nü ziyaret edecek. Moldova Sanayi Enstitüsü Başkanı Ion Ciobanu, bir sunum yapacak.`,
      ),
    ).toEqual([['Ion Ciobanu', 'Başkan', 'Moldova Sanayi Enstitüsü']]);
    expect(
      met(
        `${TR_RW}Heyet, Moldova Piyasa Otoritesi'ni ziyaret etti. Otorite Başkanı Ana de La Cruz, bir sunum yaptı.`,
      ),
    ).toEqual(['Ana de La Cruz']);
  });

  it('reads a firm of one word called at, its head named by the firm and an office', () => {
    expect(
      roles(
        `${TR_RW}Programın son gününde heyet Kredibank'ı ziyaret edecek. Kredibank Genel Müdürü Zeynep Kaya-Demir, teminat yönetimi konusunda bir sunum yapacak.`,
      ),
    ).toEqual([['Zeynep Kaya-Demir', 'Genel Müdür', 'Kredibank']]);
    expect(
      met(
        `${TR_RW}Heyet Kredibank'ı ziyaret etti. Kredibank Genel Müdürü Zeynep Kaya-Demir, bir sunum yaptı.`,
      ),
    ).toEqual(['Zeynep Kaya-Demir']);
  });

  it('reads no one after a city called at', () => {
    expect(met(`${TR_RW}Heyet Huye'yi ziyaret etti. Huye Valisi, bir sunum yaptı.`)).toEqual([]);
  });
});

describe('a trip to Balkan cities told by their Turkish names (Turkish)', () => {
  it('opens on the first country of «… ve …’da bir dizi resmî temasta bulundu», past the visitor’s own city', () => {
    expect(
      visitOf(
        "Ankara, 4 Aralık 2026 – İzmir Büyükşehir Belediye Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde Yunanistan ve Arnavutluk'ta bir dizi resmî temasta bulundu.\n\nİlk olarak Gümülcine'ye giden Aksoy, Vali Nikos Papadakis tarafından kabul edildi.",
      ),
    ).toEqual({ country: 'GR', start: '2026-12-01', end: '2026-12-03' });
  });

  it('knows «Sofya», «Filibe», «Tiran», «Köstence» as the cities gone to', () => {
    const trip = (where: string) =>
      visitOf(
        `Ankara, 4 Aralık 2026 – Enerji Kurumu Başkanı Selim Aksoy, 1-3 Aralık tarihlerinde ${where}.`,
      ).country;
    expect(trip("Sofya ve Bükreş'e çalışma ziyareti gerçekleştirdi")).toBe('BG');
    expect(trip("Filibe'de temaslarda bulundu")).toBe('BG');
    expect(trip("Tiran ve Üsküp'e çalışma ziyareti gerçekleştirdi")).toBe('AL');
    expect(trip("Köstence'de temaslarda bulundu")).toBe('RO');
  });
});

describe('a people named before a calling and a name (Turkish)', () => {
  it('never reads «Kırım Tatar» of «Kırım Tatar şairi A B» as a person', () => {
    expect(
      met(`${TR_RW}Heyet, Tulça'daki Kırım Tatar şairi Ahmet Emin anıtını ziyaret etti.`),
    ).toEqual([]);
    expect(
      met(`${TR_RW}Aksoy, Başkurt yazarı Mustafa Kerim'in torunu Aysel Kerimova ile görüştü.`),
    ).toEqual(['Aysel Kerimova']);
  });
});
