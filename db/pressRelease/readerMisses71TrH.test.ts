import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ARDA =
  "Ankara, 2 Aralık 2026 — Vakıf Başkanı Selim Arda, 14-16 Aralık tarihlerinde Ruritanya'yı " +
  'ziyaret etti. ';

describe('one whose nationality stands before the name', () => {
  it('keeps "Kenyalı" off the name after a title set off by a comma', () => {
    expect(
      roles(
        `${ARDA}Aynı gün Velmor Örgütü'nün Genel Sekreter Yardımcısı, Kenyalı Amina Wairimu ` +
          'Kamau ile bir görüşme yaptı.',
      ),
    ).toEqual([['Amina Wairimu Kamau', 'Genel Sekreter Yardımcısı', 'Velmor Örgütü']]);
  });

  it('keeps "Kanadalı" off the name right after a title', () => {
    expect(
      roles(`${ARDA}Arda, Velmor Örgütü Genel Sekreteri Kanadalı Claire Dubois ile görüştü.`),
    ).toEqual([['Claire Dubois', 'Genel Sekreter', 'Velmor Örgütü']]);
  });

  it('keeps a surname in "-lı" that names a city: "A Konyalı" (guard)', () => {
    expect(met(`${ARDA}Arda, Velmor Valisi Ahmet Konyalı ile görüştü.`)).toEqual(['Ahmet Konyalı']);
  });
});

describe("a priest's style before his name", () => {
  it('keeps "Peder" off the name of the priest visited', () => {
    expect(
      met(
        `${ARDA}Heyet daha sonra Tarvo Kilisesi'nin rahibi Peder Anton Velikov'u ziyaret ederek ` +
          'cemaatin gelenekleri hakkında bilgi aldı.',
      ),
    ).toEqual(['Anton Velikov']);
  });

  it('keeps "Peder" as a given name before a surname alone (guard)', () => {
    expect(met(`${ARDA}Arda, Velmor Belediye Başkanı Peder Halvorsen ile görüştü.`)).toEqual([
      'Peder Halvorsen',
    ]);
  });
});

describe("a police officer's rank between the office and the name", () => {
  it('keeps "Polis Tuğgenerali" off the name and the title', () => {
    expect(
      roles(
        `${ARDA}Güvenlik düzenlemeleri, Velmor Emniyet Müdürü Polis Tuğgenerali Pavel Ardov ile ` +
          'yapılacak görüşmede netleşecek.',
      ),
    ).toEqual([['Pavel Ardov', 'Velmor Emniyet Müdürü', null]]);
  });

  it('keeps "Polis Albay" off the title', () => {
    expect(
      roles(
        `${ARDA}Arda, Velmor Emniyet Müdürü Polis Albay Pavel Ardov ile kısa bir görüşme yaptı.`,
      ),
    ).toEqual([['Pavel Ardov', 'Velmor Emniyet Müdürü', null]]);
  });

  it('still keeps a soldier\'s "Korgeneral" off the title (guard)', () => {
    expect(
      roles(`${ARDA}Arda, Velmor Kara Kuvvetleri Komutanı Korgeneral Pavel Ardov ile görüştü.`),
    ).toEqual([['Pavel Ardov', 'Velmor Kara Kuvvetleri Komutanı', null]]);
  });
});

describe('one whose name a place bears', () => {
  it('reads no one in "A B adını taşıyan tiyatro" before a visit', () => {
    expect(
      met(
        `${ARDA}Arda daha sonra Velmor Kültür Bakanı Anna Weller ile birlikte Tomas Ardo adını ` +
          "taşıyan Velmor Drama Tiyatrosu'nu ziyaret edecek.",
      ),
    ).toEqual(['Anna Weller']);
  });

  it('still reads the host met at a theatre named after no one (guard)', () => {
    expect(
      met(
        `${ARDA}Arda daha sonra Velmor Kültür Bakanı Anna Weller ile birlikte Velmor Drama ` +
          "Tiyatrosu'nu ziyaret edecek ve tiyatronun Müdürü Tomas Ardo ile görüşecek.",
      ),
    ).toEqual(['Anna Weller', 'Tomas Ardo']);
  });
});

describe('a meeting that was planned and will not take place', () => {
  it('reads no one in "A ile görüşmesi planlanıyordu; ancak …", the stand-in met', () => {
    expect(
      met(
        `${ARDA}Arda'nın Velmor Sağlık Bakanı Anna Weller ile görüşmesi planlanıyordu; ancak ` +
          "Bakan'ın aynı tarihlerde yurt dışında olacağı bildirildi. Heyeti Bakan adına Velmor " +
          'Sağlık Bakan Yardımcısı Tomas Ardo kabul edecek.',
      ),
    ).toEqual(['Tomas Ardo']);
  });

  it('still reads "A ile görüşmesi planlanıyor" as a meeting (guard)', () => {
    expect(
      met(`${ARDA}Arda'nın Velmor Sağlık Bakanı Anna Weller ile görüşmesi planlanıyor.`),
    ).toEqual(['Anna Weller']);
  });
});
