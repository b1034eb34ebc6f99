import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TRIP =
  "Ankara, 9 Aralık 2026 – Vakıf Başkanı Kemal Durmaz, 5-8 Aralık tarihlerinde Gürcistan'a bir " +
  'çalışma ziyareti gerçekleştirdi.\n\n';

describe('a Turkish host who gave a meal in the guests’ honour', () => {
  it('reads the meal named bare, "heyet onuruna yemek verdi"', () => {
    expect(
      roles(`${TRIP}Akşam, Vake Belediye Başkanı Zurab Ćirić, heyet onuruna yemek verdi.`),
    ).toEqual([['Zurab Ćirić', 'Vake Belediye Başkanı', null]]);
  });

  it('reads where the meal was given, told before the guests', () => {
    expect(
      met(
        `${TRIP}Akşam, Vake Belediye Başkanı Zurab Ćirić, eski çarşıdaki tarihî bir handa ` +
          'heyet onuruna yemek verdi.',
      ),
    ).toEqual(['Zurab Ćirić']);
  });

  it('still reads a host of "bir akşam yemeği" (guard)', () => {
    expect(
      met(`${TRIP}Vake Belediye Başkanı Zurab Ćirić, heyet onuruna bir akşam yemeği verdi.`),
    ).toEqual(['Zurab Ćirić']);
  });
});

describe('a Turkish photograph caption of the visitor with one he met', () => {
  it('reads "Fotoğraf: A, X Müdürü B ile …, 8 Aralık 2026" as a meeting with B', () => {
    expect(
      roles(
        `${TRIP}Durmaz, Batum'da müzeleri gezdi.\n\nFotoğraf: Başkan Kemal Durmaz, Batum Tarih ` +
          'Müzesi Müdürü Nino Beridze ile müzenin kitabeler salonunda, 8 Aralık 2026.',
      ),
    ).toEqual([['Nino Beridze', 'Müdür', 'Batum Tarih Müzesi']]);
  });

  it('reads no one from a caption of a place alone (guard)', () => {
    expect(
      met(
        `${TRIP}Durmaz, Batum'da müzeleri gezdi.\n\nFotoğraf: Batum Tarih Müzesi'nin ` +
          'kitabeler salonu, 8 Aralık 2026.',
      ),
    ).toEqual([]);
  });
});

describe('a Turkish host who told the visitor something, his office in small letters', () => {
  it('reads "X Kulübü\'nün başkanı A, Başkan B\'ye … anlattı" with the body of the office', () => {
    expect(
      roles(
        `${TRIP}Batum Yüzme Kulübü'nün başkanı Nodar Ćosić, Başkan Durmaz'a kulübün tarihini ` +
          'anlattı.',
      ),
    ).toEqual([['Nodar Ćosić', 'başkan', 'Batum Yüzme Kulübü']]);
  });

  it('reads no one whose book was presented (guard)', () => {
    expect(
      met(`${TRIP}Batum Yüzme Kulübü'nün başkanı Nodar Ćosić'in yazdığı kitap tanıtıldı.`),
    ).toEqual([]);
  });
});

describe('Turkish co-chairs of a joint commission, each named for his side', () => {
  it('reads the host side’s co-chair and leaves the one for Türkiye', () => {
    expect(
      roles(
        `${TRIP}Karma Komisyon toplantısının eş başkanlıklarını Türkiye adına Ticaret Bakan ` +
          'Yardımcısı Orhan Sezgin, Gürcistan adına ise Gürcistan Tarım ve Kalkınma Bakan ' +
          'Yardımcısı Lirika Gashaj yürüttü.',
      ),
    ).toEqual([['Lirika Gashaj', 'Gürcistan Tarım ve Kalkınma Bakan Yardımcısı', null]]);
  });

  it('still reads the host’s co-chair named alone (guard)', () => {
    expect(
      met(
        `${TRIP}Komisyon toplantısının eş başkanlığını Gürcistan Ekonomi Bakan Yardımcısı ` +
          'Tamar Beridze yürüttü.',
      ),
    ).toEqual(['Tamar Beridze']);
  });
});

describe('a Turkish society or cooperative as the body of its head', () => {
  it('reads "X Yardım Cemiyeti Başkanı A" as Başkan of the society', () => {
    expect(
      roles(`${TRIP}Tiflis'te Gürcistan Yardım Cemiyeti Başkanı Dr. Nana Kobalia ile görüştü.`),
    ).toEqual([['Nana Kobalia', 'Başkan', 'Gürcistan Yardım Cemiyeti']]);
  });

  it('reads "X Tarım Kooperatifi Başkanı A" as Başkan of the cooperative', () => {
    expect(
      roles(`${TRIP}Gori'de Kartli Tarım Kooperatifi Başkanı Eter Kobalia ile görüştü.`),
    ).toEqual([['Eter Kobalia', 'Başkan', 'Kartli Tarım Kooperatifi']]);
  });

  it('keeps a ministry’s office whole (guard)', () => {
    expect(
      roles(`${TRIP}Tiflis'te Gürcistan Sosyal Kalkınma Bakanı Nana Kobalia ile görüştü.`),
    ).toEqual([['Nana Kobalia', 'Gürcistan Sosyal Kalkınma Bakanı', null]]);
  });
});

describe('an Arab province’s governor named in Turkish by his office', () => {
  it('reads "X Muhafızı A B" as the office, not part of the name', () => {
    expect(
      roles(`${TRIP}Heyet ardından Gori'ye giderek Gori Muhafızı Zaid Hammuri ile görüştü.`),
    ).toEqual([['Zaid Hammuri', 'Gori Muhafızı', null]]);
  });

  it('still reads a village headman by his office (guard)', () => {
    expect(roles(`${TRIP}Heyet ardından Gori Köyü Muhtarı Zaid Hammuri ile görüştü.`)).toEqual([
      ['Zaid Hammuri', 'Gori Köyü Muhtarı', null],
    ]);
  });
});

describe('a Turkish head met with the members of his body', () => {
  it('reads "Dernek Başkanı A ve dernek üyeleriyle … buluştu" as a meeting with A', () => {
    expect(
      roles(
        `${TRIP}Durmaz, Tiflis'te ayrıca Gürcistan Türk Esnaf Derneği Başkanı Tolga Sarıkaya ` +
          've dernek üyeleriyle bir akşam yemeğinde buluştu.',
      ),
    ).toEqual([['Tolga Sarıkaya', 'Başkan', 'Gürcistan Türk Esnaf Derneği']]);
  });

  it('reads one to be met with the members, "… üyeleriyle buluşacak"', () => {
    expect(
      met(
        `${TRIP}Durmaz, Gori'den gelen Kartli Tarım Kooperatifi Başkanı Eter Kobalia ve ` +
          'kooperatif üyeleriyle buluşacak.',
      ),
    ).toEqual(['Eter Kobalia']);
  });

  it('reads no one from a body’s members met with no head named (guard)', () => {
    expect(
      met(`${TRIP}Durmaz, Gori'de Kartli Tarım Kooperatifi ve kooperatif üyeleriyle buluştu.`),
    ).toEqual([]);
  });
});
