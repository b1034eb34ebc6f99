import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TRIP =
  "Ankara, 9 Aralık 2026 – Vakıf Başkanı Kemal Durmaz, 5-8 Aralık tarihlerinde Gürcistan'a bir " +
  'çalışma ziyareti gerçekleştirdi.\n\n';

describe('a Turkish matter weighed, agreed on or toured with one named before "ile"', () => {
  it('reads "A ile … projelerini değerlendirdi" as a meeting', () => {
    expect(
      roles(
        `${TRIP}Ardından Tiflis Tarih Enstitüsü Müdürü Prof. Dr. Nino Kvaratskhelia ile ortak ` +
          'yayın projelerini değerlendirdi.',
      ),
    ).toEqual([['Nino Kvaratskhelia', 'Müdür', 'Tiflis Tarih Enstitüsü']]);
  });

  it('reads "A ile … bir program üzerinde anlaştı" as a meeting', () => {
    expect(
      met(
        `${TRIP}Son gün Durmaz, Batum Üniversitesi Dekanı Prof. Dr. Levan Abashidze ile ` +
          'öğrencilerin staj yapabilmesi için bir program üzerinde anlaştı.',
      ),
    ).toEqual(['Levan Abashidze']);
  });

  it('reads "A ile … ünitesi gezildi", the tour in the passive, as a meeting', () => {
    expect(
      met(
        `${TRIP}Aynı gün Kutaisi Devlet Hastanesi Başhekimi Dr. Giorgi Tsereteli ile hastanenin ` +
          'yeni ünitesi gezildi.',
      ),
    ).toEqual(['Giorgi Tsereteli']);
  });

  it('leaves two matters joined by "ile" and weighed alone (guard)', () => {
    expect(
      met(
        `${TRIP}Görüşmede Kafkas Ticaret Yolu ile Karadeniz Limanlar Ağı projeleri ` +
          'değerlendirildi.',
      ),
    ).toEqual([]);
  });
});

describe('a Turkish host who spoke to the guests, the subject set off by a comma', () => {
  it('reads "X Başkanı A al-B, … önerdi" with the Arabic article in small letters', () => {
    expect(
      roles(
        `${TRIP}Heyet Batum'a geçti. Batum Belediye Başkanı Yusuf al-Haddad, kentte kurulacak ` +
          'yeni merkezin ortak yürütülmesini önerdi.',
      ),
    ).toEqual([['Yusuf al-Haddad', 'Batum Belediye Başkanı', null]]);
  });

  it('reads one who informed the guests or asked them for something', () => {
    expect(
      met(
        `${TRIP}Heyet Batum'a geçti. Batum Belediye Başkanı Davit Meskhi, kentte yeni bir ` +
          'merkez için arazi ayrıldığını bildirdi.',
      ),
    ).toEqual(['Davit Meskhi']);
    expect(
      roles(
        `${TRIP}Durmaz ertesi gün Batum Üniversitesini ziyaret etti. Üniversitenin Rektörü ` +
          'Prof. Dr. Tamar Abdel-Karim, öğrenci sayısının arttığını belirterek burs ' +
          'programlarının genişletilmesini istedi.',
      ),
    ).toEqual([['Tamar Abdel-Karim', 'Rektör', 'Batum Üniversitesi']]);
  });

  it('still reads no one from a sentence on a name in quotes (guard)', () => {
    expect(
      met(
        `${TRIP}Heyet Batum'a geçti. Kentte kurulacak yeni merkezin adının "Şota Rustaveli" ` +
          'olması önerildi.',
      ),
    ).toEqual([]);
  });
});

describe('a Turkish office in small letters after the noun of the place in the genitive', () => {
  it('reads "tiyatronun müdürü A B" as the director of the theatre called at', () => {
    expect(
      roles(
        `${TRIP}7 Aralık'ta Rustaveli Drama Tiyatrosu'nu ziyaret eden Durmaz, tiyatronun müdürü ` +
          'Levan Beridze ile bir araya geldi.',
      ),
    ).toEqual([['Levan Beridze', 'müdür', 'Rustaveli Drama Tiyatrosu']]);
  });

  it('still reads "müze müdürü A B" as the director of the museum called at (guard)', () => {
    expect(
      roles(
        `${TRIP}7 Aralık'ta Batum Sanat Müzesi'ni ziyaret eden Durmaz, müze müdürü ` +
          'Levan Beridze ile bir araya geldi.',
      ),
    ).toEqual([['Levan Beridze', 'müdür', 'Batum Sanat Müzesi']]);
  });
});

describe('a Turkish list of two, the first named after an office in small letters', () => {
  it('reads "tiyatronun müdürü A B ve X Merkezi Başkanı C D ile" as two people', () => {
    expect(
      roles(
        `${TRIP}7 Aralık'ta Rustaveli Drama Tiyatrosu'nu ziyaret eden Durmaz, tiyatronun müdürü ` +
          'Tornike Gelashvili ve Acara Gençlik Merkezi Başkanı Nodar Khabeishvili ile bir araya ' +
          'geldi.',
      ),
    ).toEqual([
      ['Tornike Gelashvili', 'müdür', 'Rustaveli Drama Tiyatrosu'],
      ['Nodar Khabeishvili', 'Başkan', 'Acara Gençlik Merkezi'],
    ]);
  });

  it('still reads a title whose fields "ve" joins as one title (guard)', () => {
    expect(
      roles(
        `${TRIP}Durmaz ertesi gün Batum'da Acara Kültür ve Spor Bakanı Nodar Khabeishvili ile ` +
          'bir araya geldi.',
      ),
    ).toEqual([['Nodar Khabeishvili', 'Acara Kültür ve Spor Bakanı', null]]);
  });
});

describe('two Turkish offices set off before two names, each after a short title', () => {
  it('gives each the office in his place, a minister with his own field read as written', () => {
    expect(
      roles(
        `${TRIP}Tiflis'te ilk gün Durmaz, Gürcistan Kültür Bakanı ve Tarım ve Kırsal Kalkınma ` +
          'Bakanı, Dr. Levan Davitashvili ve Prof. Dr. Tea Tsulukiani tarafından birlikte ' +
          'kabul edildi.',
      ),
    ).toEqual([
      ['Levan Davitashvili', 'Gürcistan Kültür Bakanı', null],
      ['Tea Tsulukiani', 'Tarım ve Kırsal Kalkınma Bakanı', null],
    ]);
  });

  it('still shares the first office’s words with a second one of no field (guard)', () => {
    expect(
      roles(
        `${TRIP}Durmaz ilk gün Acara Özerk Cumhuriyeti Valisi ve Vali Yardımcısı, Levan ` +
          'Davitashvili ve Tea Tsulukiani tarafından kabul edildi.',
      ),
    ).toEqual([
      ['Levan Davitashvili', 'Acara Özerk Cumhuriyeti Valisi', null],
      ['Tea Tsulukiani', 'Acara Özerk Cumhuriyeti Vali Yardımcısı', null],
    ]);
  });
});

describe('a foreign town whose name ends as a Turkish locative, before the body it names', () => {
  it('keeps a town ending in a "t" after a vowel in the body: "Korata Tıp Merkezi"', () => {
    expect(
      roles(
        `${TRIP}Aynı gün Korata Tıp Merkezi Başhekimi Dr. Levan Nasaridze ile hastanenin yeni ` +
          'ünitesi gezildi.',
      ),
    ).toEqual([['Levan Nasaridze', 'Başhekim', 'Korata Tıp Merkezi']]);
  });

  it('still leaves a common noun in the locative out of the body (guard)', () => {
    expect(roles(`${TRIP}Kabulde Tıp Merkezi Başhekimi Dr. Levan Nasaridze ile görüştü.`)).toEqual([
      ['Levan Nasaridze', 'Başhekim', 'Tıp Merkezi'],
    ]);
  });
});
