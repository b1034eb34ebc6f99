import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ORAN =
  'Ankara, 4 Mart 2026\n\nKalkınma Ajansı Başkanı Ruritanya temaslarını tamamladı\n\n' +
  'Kalkınma Ajansı Başkanı Dr. Kerem Oranlı, 1-3 Mart tarihlerinde Ruritanya’yı ziyaret etti.\n\n';

describe('a Turkish name whose surname is also a city', () => {
  it('reads a head met whose surname is a city, after a known given name', () => {
    expect(roles(`${ORAN}Oranlı, Velmor Koleji Müdürü Aylin Lima ile görüştü.`)).toEqual([
      ['Aylin Lima', 'Müdür', 'Velmor Koleji'],
    ]);
  });

  it('gives each of two received together his office, the second surname a city', () => {
    expect(
      roles(
        `${ORAN}2 Mart’ta Başkan Oranlı, Velmor Eyaleti Valisi ve Vali Yardımcısı, Arno Kell ve ` +
          'Lisa dos Anjos Lima tarafından kabul edildi.',
      ),
    ).toEqual([
      ['Arno Kell', 'Velmor Eyaleti Valisi', null],
      ['Lisa dos Anjos Lima', 'Velmor Eyaleti Vali Yardımcısı', null],
    ]);
  });

  it('leaves a city with its case ending after a name a place (guard)', () => {
    expect(
      met(`${ORAN}Oranlı, 2 Mart’ta Aylin Kaya ile görüştü ve Lima’da bir okulu gezdi.`),
    ).toEqual(['Aylin Kaya']);
  });

  it('keeps a minister’s fields joined by "ve" whole (guard)', () => {
    expect(roles(`${ORAN}Oranlı, Peru Tarım ve Orman Bakanı Arno Kell ile görüştü.`)).toEqual([
      ['Arno Kell', 'Peru Tarım ve Orman Bakanı', null],
    ]);
  });
});

describe('a Turkish body named after a place whose name a Romance particle joins', () => {
  it('keeps the place whole in the body: "Porto de X Üniversitesi"', () => {
    expect(
      roles(
        `${ORAN}Oranlı, 3 Mart’ta Velmor’da Porto de Velmor Teknik Üniversitesi Rektörü Aylin ` +
          'Berat ile görüştü.',
      ),
    ).toEqual([['Aylin Berat', 'Rektör', 'Porto de Velmor Teknik Üniversitesi']]);
  });

  it('keeps the place whole in an office: "Porto do Norte Belediye Başkanı"', () => {
    expect(
      roles(`${ORAN}Oranlı, 3 Mart’ta Porto do Norte Belediye Başkanı Aylin Berat ile görüştü.`),
    ).toEqual([['Aylin Berat', 'Porto do Norte Belediye Başkanı', null]]);
  });

  it('leaves a place in the locative before the body out of it (guard)', () => {
    expect(
      roles(
        `${ORAN}Oranlı, 3 Mart’ta Velmor’da Velmor Teknik Üniversitesi Rektörü Aylin Berat ile görüştü.`,
      ),
    ).toEqual([['Aylin Berat', 'Rektör', 'Velmor Teknik Üniversitesi']]);
  });
});

describe('a Turkish clause closed by its verb before a semicolon', () => {
  it('reads no one met in it when only the clause after tells of what is expected', () => {
    expect(
      met(
        `${ORAN}Oranlı, 2 Mart’ta Velmor Kongresi’ne katılacak. Kongrenin açılış konuşmalarını ` +
          'Ruritanya Tarım Bakanı Arno Kell ile Lisa Penn yapacak; kongreye 40 ülkeden 2.000’i ' +
          'aşkın uzmanın katılması bekleniyor.',
      ),
    ).toEqual([]);
  });

  it('still reads one met named after the semicolon (guard)', () => {
    expect(
      met(
        `${ORAN}Oranlı, 2 Mart’ta Velmor Kongresi’ne katılacak; burada Ruritanya Tarım Bakanı ` +
          'Arno Kell ile görüşmesi bekleniyor.',
      ),
    ).toEqual(['Arno Kell']);
  });

  it('still reads people listed with semicolons before the verb (guard)', () => {
    expect(
      met(
        `${ORAN}Oranlı, 2 Mart’ta Velmor Valisi Arno Kell; Velmor Belediye Başkanı Lisa Penn ile ` +
          'görüştü.',
      ),
    ).toEqual(['Arno Kell', 'Lisa Penn']);
  });
});
