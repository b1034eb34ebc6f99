import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT =
  'Ankara – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Ali Yurt, 9-11 Aralık tarihlerinde Sudan'ı ziyaret etti.\n\n" +
  "Heyet ilk gün Kasala Eyaleti Valisi Yusuf Ahmed Kerim'le görüştü. ";

describe('a chief of a tribe, «Nazırı», before his name (Turkish)', () => {
  it('leaves «Nazırı» after a genitive out of the name', () => {
    expect(
      met(
        `${VISIT}Heyet, akşam bölgenin en büyük kabilesi olan Bişarin'in Nazırı Hamid Salih ` +
          "Ode'yu ziyaret ederek ailelerin ihtiyaçlarını dinledi.",
      ),
    ).toContain('Hamid Salih Ode');
  });

  it('keeps a given name that ends like a possessive after «Nazırı» in the name', () => {
    expect(met(`${VISIT}Heyet, akşam Bişarin Nazırı Ali Salih Ode'yu ziyaret etti.`)).toContain(
      'Ali Salih Ode',
    );
  });

  it('reads «Muhtarı» as the title’s end too', () => {
    expect(
      roles(`${VISIT}Heyet, akşam Kasala Mahalle Muhtarı Hamid Salih Ode'yu ziyaret etti.`),
    ).toContainEqual(['Hamid Salih Ode', 'Kasala Mahalle Muhtarı', null]);
  });
});

describe('one with whom the guests saw a place (Turkish)', () => {
  it('reads one named before «ile» and «… inceledi» as met', () => {
    expect(
      roles(
        `${VISIT}Ertesi gün heyet, Kasala Liman Başkanı Kaptan Hamid Kerar Hadib'le limanın ` +
          'doğu rıhtımını inceledi.',
      ),
    ).toContainEqual(['Hamid Kerar Hadib', 'Kasala Liman Başkanı', null]);
  });

  it('reads one named before «ile» and «… gezdi» as met', () => {
    expect(
      met(`${VISIT}Heyet, Fabrika Müdürü Omer Bakri Sati ile üretim tesislerini gezdi.`),
    ).toContain('Omer Bakri Sati');
  });
});
