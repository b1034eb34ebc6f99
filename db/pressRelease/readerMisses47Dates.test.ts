import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a period of days with their month as a number, each after a short weekday', () => {
  it('reads "Tue 8/12 – Thu 10/12" as 8 to 10 December', () => {
    expect(
      visitOf(
        'WORLD SALT FORUM\nPress release\n\nGeneva\n3 December 2026\n\nThe Secretary General ' +
          'of the World Salt Forum, Henrik Aalvik, will pay a working visit to Portugal on ' +
          'Tue 8/12 – Thu 10/12, at the invitation of the Ministry of the Sea.\n\nIn Lisbon ' +
          'on Tuesday he will hold talks with the Minister of the Sea, Rui Tavares Mendonça.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-08', end: '2026-12-10' });
  });
});

describe('an English stay told by its length and its first weekday', () => {
  it('reads "over three days starting Monday" in a past release as that Monday on', () => {
    expect(
      visitOf(
        'World Salt Forum\n\nNews\n\nGeneva, 3 December 2026\n\nThe Secretary General of ' +
          'the World Salt Forum, Henrik Aalvik, was in Portugal over three days starting ' +
          'Monday, visiting salt pans and cooperatives in the Aveiro region.\n\nOn Tuesday ' +
          'he met the Mayor of Aveiro, Rui Tavares Mendonça, at the town hall.',
      ),
    ).toEqual({ country: 'PT', start: '2026-11-30', end: '2026-12-02' });
  });
});

describe('a Turkish stay told by its length, the word of the count written with a capital', () => {
  it("reads «Dört günlük ziyaretin ilk günü olan 8 Aralık'ta» as 8 to 11 December", () => {
    expect(
      visitOf(
        'ANADOLU TUZ DERNEĞİ\nBasın Duyurusu\n\nAnkara\n3 Aralık 2026\n\nDernek Başkanı ' +
          "Selim Kayacan başkanlığındaki heyet Portekiz'e gidiyor. Dört günlük ziyaretin ilk " +
          "günü olan 8 Aralık'ta heyet Lizbon'da temaslarda bulunacak.\n\n9 Aralık'ta " +
          "Aveiro'ya geçecek olan heyet, burada Belediye Başkanı Rui Tavares Mendonça " +
          'tarafından kabul edilecek.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-08', end: '2026-12-11' });
  });
});

describe('a Turkish genitive before a part of the country, its towns unknown', () => {
  it("reads «Endonezya'nın doğusundaki … bölgelerinde» as the country gone to", () => {
    expect(
      visitOf(
        'ANADOLU TUZ DERNEĞİ\nBasın Bülteni\n\nAnkara, 3 Aralık 2026\n\nDernek Başkanı Selim ' +
          "Kayacan başkanlığındaki heyet, 8 Aralık Salı'dan 10 Aralık Perşembe'ye Endonezya'nın " +
          'doğusundaki Tual, Saumlaki ve Dobo bölgelerinde bir dizi ziyaret gerçekleştirecek.' +
          "\n\nHeyet, Salı günü Tual'da Belediye Başkanı Yohanis Rumlus Rahakbauw'la görüşecek.",
      ),
    ).toEqual({ country: 'ID', start: '2026-12-08', end: '2026-12-10' });
  });
});

describe('a delegation led to a land named before its country', () => {
  it('reads "will lead a delegation to the … Nation in the United States" as the US', () => {
    expect(
      visitOf(
        'Rail Agency of Norway\n\nOslo, 3 December 2026\n\nThe Director of the Rail Agency of ' +
          'Norway, Ola Brekkestad, will lead a delegation to the Cherokee Nation in the United ' +
          'States on 8 and 9 December. The visit follows a stay in Norway last summer by a ' +
          'Cherokee delegation.\n\nOn 8 December Mr Brekkestad will be received by the ' +
          'Principal Chief, Wilma Sixkiller Hawk.',
      ),
    ).toEqual({ country: 'US', start: '2026-12-08', end: '2026-12-09' });
  });
});
