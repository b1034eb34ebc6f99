import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VELMOR =
  'Ankara, 8 Mart 2026\n\nTicaret Odası heyeti Ruritanya’da\n\n' +
  'Ticaret Odası Başkanı Kerem Oranlı başkanlığındaki heyet, 6-9 Mart tarihlerinde ' +
  'Ruritanya’yı ziyaret ediyor.\n\n';

describe('a Turkish host who gives a meal or a tour as it happens', () => {
  it('reads a host who gives a meal, an office of a company and a word of origin before him', () => {
    expect(
      roles(
        `${VELMOR}Akşam, Velmor Ada Konglu iş insanı ve Tarvo Denizcilik Grubu Yönetim Kurulu ` +
          'Başkanı Arno Kell Tam-lo heyet onuruna Nivra’daki bir restoranda yemek veriyor.',
      ),
    ).toEqual([['Arno Kell Tam-lo', 'Yönetim Kurulu Başkanı', 'Tarvo Denizcilik Grubu']]);
  });

  it('reads a host who shows the guests round, told in the present', () => {
    expect(
      roles(
        `${VELMOR}Çarşamba günü ise Tarvo İpek Şirketi Genel Müdürü Lina Sorvell, heyete ` +
          'şirketin fabrikasını gezdiriyor.',
      ),
    ).toEqual([['Lina Sorvell', 'Genel Müdür', 'Tarvo İpek Şirketi']]);
  });

  it('keeps a host who gives a meal after a comma (guard)', () => {
    expect(
      roles(`${VELMOR}Akşam, Tarvo Vakfı Başkanı Arno Kell, heyet onuruna bir akşam yemeği verdi.`),
    ).toEqual([['Arno Kell', 'Başkan', 'Tarvo Vakfı']]);
  });

  it('keeps one of a land named by origin who is met by name (guard)', () => {
    expect(met(`${VELMOR}Oranlı, Velmorlu yazar Arno Kell ile görüştü.`)).toEqual(['Arno Kell']);
  });
});

const TARVO =
  'Ankara, 4 Mart 2026\n\nAjans Başkanı Ruritanya’yı ziyaret edecek\n\n' +
  'Kalkınma Ajansı Başkanı Kerem Oranlı, 17-19 Mart tarihlerinde Ruritanya’nın Tarvo ' +
  'eyaletine bir çalışma ziyareti yapacak.\n\n';

describe('Indonesian offices and styles in a Turkish release', () => {
  it('reads a regent by her office after the regency, her pilgrim’s style left out', () => {
    expect(
      roles(
        `${TARVO}Ziyaretin son günü Velmor’a geçecek heyeti Velmor Bupatisi Hajjah Lina binti ` +
          'Kell karşılayacak.',
      ),
    ).toEqual([['Lina binti Kell', 'Velmor Bupatisi', null]]);
  });

  it('keeps a city whose first word ends as the locative does in a mayor’s title', () => {
    expect(
      roles(`${TARVO}18 Mart’ta heyet, Velda Tarvo Wali Kotası Arno Kell ile görüşecek.`),
    ).toEqual([['Arno Kell', 'Velda Tarvo Wali Kotası', null]]);
  });

  it('reads a mosque’s imam in small letters as the office of the mosque', () => {
    expect(
      roles(
        `${TARVO}Başkan Oranlı, akşam Tarvo Ulu Camii’nin imamı Haji Arno Kell ile bir araya ` +
          'gelecek.',
      ),
    ).toEqual([['Arno Kell', 'imam', 'Tarvo Ulu Camii']]);
  });

  it('keeps a mosque’s imam named before the name in the title whole, as an office of the place', () => {
    expect(
      roles(`${TARVO}Tarvo Ulu Camii İmamı Arno Kell, heyete caminin tarihini anlattı.`),
    ).toEqual([['Arno Kell', 'Tarvo Ulu Camii İmamı', null]]);
  });

  it('files a board member of the chamber named again by its noun with the chamber in full', () => {
    expect(
      roles(
        `${TARVO}Başkan Oranlı, Tarvo Ticaret ve Sanayi Odası Başkanı Arno Kell ile görüştü. ` +
          'Görüşmeye Oda Yönetim Kurulu Üyesi Mina Sorvell de katıldı.',
      ),
    ).toContainEqual(['Mina Sorvell', 'Yönetim Kurulu Üyesi', 'Tarvo Ticaret ve Sanayi Odası']);
  });

  it('reads those who sign an agreement with the visitor as met', () => {
    expect(
      roles(
        `${TARVO}Anlaşmaya Başkan Oranlı, Vali Arno Kell ve Tarvo Üniversitesi Rektörü Prof. Dr. ` +
          'Mina Sorvell imza atacak.',
      ),
    ).toEqual([
      ['Arno Kell', 'Vali', null],
      ['Mina Sorvell', 'Rektör', 'Tarvo Üniversitesi'],
    ]);
  });

  it('still leaves a meeting’s word in the locative out of the title that follows (guard)', () => {
    expect(
      roles(`${TARVO}Görüşmede Tarvo Valisi Arno Kell, iki ülke arasındaki projeleri anlattı.`),
    ).toEqual([['Arno Kell', 'Tarvo Valisi', null]]);
  });

  it('keeps a mosque named by a visit alone no one met (guard)', () => {
    expect(met(`${TARVO}Başkan Oranlı, akşam Tarvo Ulu Camii’ni ziyaret edecek.`)).toEqual([]);
  });
});

const ORAN =
  'Ankara, 28 Mart 2026\n\nKurum Başkanı Ruritanya’da temaslarda bulundu\n\n' +
  'Tarih Kurumu Başkanı Prof. Dr. Kerem Oranlı, 24-27 Mart tarihleri arasında Ruritanya’da ' +
  'Velmor ve Tarvo’da görüşmeler yaptı.\n\n';

describe('hosts of a Turkish release met at a workshop, a home or a memorial', () => {
  it('reads one with whom the visitor held a workshop, her surname joined by a hyphen', () => {
    expect(
      roles(
        `${ORAN}Oranlı, Tarvo Üniversitesi Tarih Bölümü Başkanı Prof. Mina O’Dell-Price ile bir ` +
          'çalıştay düzenledi.',
      ),
    ).toEqual([['Mina O’Dell-Price', 'Tarih Bölümü Başkanı', 'Tarvo Üniversitesi']]);
  });

  it('reads a husband and wife the visitor took something from at their home, no title', () => {
    expect(
      roles(
        `${ORAN}Aynı akşam Bay ve Bayan Renner’in evine konuk olan Başkan, Lior Renner ve eşi ` +
          'Ada Renner’den, dedelerinin tuttuğu günlüğü teslim aldı.',
      ),
    ).toEqual([
      ['Lior Renner', null, null],
      ['Ada Renner', null, null],
    ]);
  });

  it('reads a memorial’s director as the office of the memorial', () => {
    expect(
      roles(
        `${ORAN}Ertesi gün Velmor Savaş Anıtı Müdürü Dr. Lina Sorvell, Başkan Oranlı’yı ağırladı.`,
      ),
    ).toEqual([['Lina Sorvell', 'Müdür', 'Velmor Savaş Anıtı']]);
  });

  it('keeps a title set off by a comma before a name when a body names it (guard)', () => {
    expect(roles(`${ORAN}Oranlı, Velmor Valisi, Arno Kell ile görüştü.`)).toEqual([
      ['Arno Kell', 'Velmor Valisi', null],
    ]);
  });

  it('keeps one the visitor was told by (guard)', () => {
    expect(met(`${ORAN}Oranlı, Arno Kell’den arşiv hakkında bilgi aldı.`)).toEqual(['Arno Kell']);
  });
});

describe('a Turkish release that opens its story with a dateline', () => {
  const release = (opening: string) =>
    'Velmor Üniversitesi\nKurumsal İletişim Koordinatörlüğü\n4 Mart 2026\n\n' +
    'Rektörümüz Arjantin temaslarını tamamladı\n\n' +
    `${opening} Üniversitemiz Rektörü Prof. Dr. Aylin Nur Oranlı'nın 2 Mart'ta başlayan Arjantin ` +
    'ziyareti dün sona erdi.\n\n' +
    "Tarvo Üniversitesi Rektörü Prof. Dr. Arno Kell, Rektör Oranlı'yı tarihî salonda ağırladı.";

  it('counts the visitor named after the dateline’s place as no one met', () => {
    expect(roles(release('Buenos Aires –'))).toEqual([
      ['Arno Kell', 'Rektör', 'Tarvo Üniversitesi'],
    ]);
  });

  it('counts the visitor as no one met with no dateline (guard)', () => {
    expect(roles(release(''))).toEqual([['Arno Kell', 'Rektör', 'Tarvo Üniversitesi']]);
  });
});

describe('a Turkish meeting that did not take place', () => {
  it('counts no one whose meeting could not be held', () => {
    expect(
      met(
        `${ORAN}Oranlı, Velmor Valisi Arno Kell ile görüştü. Programda yer alan Tarvo Arşivi ` +
          'Başkanı Lina Sorvell ile görüşme, fırtına nedeniyle gerçekleştirilemedi; görüşmenin ' +
          'ilerleyen haftalarda yapılması planlanıyor.',
      ),
    ).toEqual(['Arno Kell']);
  });

  it('keeps one met in a meeting that was held (guard)', () => {
    expect(
      met(`${ORAN}Tarvo Arşivi Başkanı Lina Sorvell ile görüşme, arşivin okuma salonunda yapıldı.`),
    ).toEqual(['Lina Sorvell']);
  });
});
