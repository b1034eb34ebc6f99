import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a Russian month written short with a full stop after its day', () => {
  it('reads «с 8 по 10 дек.» as 8 to 10 December', () => {
    expect(
      visitOf(
        'Институт почвоведения\n\nМосква, 2 декабря 2026 г.\n\nВ период с 8 по 10 дек. ' +
          'директор института Пётр Ильич Соснин посетит Республику Армения.\n\n8 декабря в ' +
          'Ереване он проведёт встречу с министром образования Армении Ашотом Саркисяном.',
      ),
    ).toEqual({ country: 'AM', start: '2026-12-08', end: '2026-12-10' });
  });

  it('reads it after a dateline whose update stamp follows a bar in lower case', () => {
    expect(
      visitOf(
        'Институт почвоведения\n\nМосква\n2 декабря 2026 г. | обновлено 3 декабря 2026 г., ' +
          '11:20\n\nПочвоведы едут в Армению\n\nВ период с 8 по 10 дек. директор института ' +
          'Пётр Ильич Соснин посетит Республику Армения.\n\n8 декабря в Ереване он проведёт ' +
          'встречу с министром образования Армении Ашотом Саркисяном.',
      ),
    ).toEqual({ country: 'AM', start: '2026-12-08', end: '2026-12-10' });
  });
});

describe('a Russian stay told by its length and its first day', () => {
  it('reads «четыре дня начиная с 28 ноября» as four days from the 28th', () => {
    expect(
      visitOf(
        'Музей леса\n\nМосква, 4 декабря 2026 г.\n\nДиректор Музея леса Анна Петровна Кедрова ' +
          'провела в Хабаровском крае четыре дня начиная с 28 ноября. Поездка была посвящена ' +
          'подготовке выставки.\n\n29 ноября делегация была принята министром лесного хозяйства ' +
          'края Олегом Ивановичем Пихтовым.',
      ),
    ).toEqual({ country: 'RU', start: '2026-11-28', end: '2026-12-01' });
  });
});

describe('Turkish days of this month told as a start and an end', () => {
  it("reads «bu ayın 9'unda başlayıp 12'sinde sona erecek» as the 9th to the 12th", () => {
    expect(
      visitOf(
        'ANADOLU LOJİSTİK DERNEĞİ\n\nİzmir, 3 Aralık 2026\n\nDernek Başkanı Mert Kayacan ' +
          "başkanlığındaki heyet, bu ayın 9'unda başlayıp 12'sinde sona erecek ziyaret " +
          "kapsamında Slovenya'ya gidecek.\n\nHeyet, ilk gün Ljubljana'da Slovenya Altyapı " +
          "Bakanı Tadeja Kovačič Brezar'la görüşecek.",
      ),
    ).toEqual({ country: 'SI', start: '2026-12-09', end: '2026-12-12' });
  });
});

describe('a dateline whose update stamp gives its hour in a time zone of Asia', () => {
  it('reads "(updated …, 5:40 pm IST)" after the date as the stamp', () => {
    expect(
      visitOf(
        'NORTH HILLS UNIVERSITY\nLakeside Road, Shillong – 793022\n\nPRESS RELEASE\n\n' +
          'Shillong, 4 December 2026 (updated 4 December 2026, 5:40 pm IST)\n\nA delegation ' +
          'of the Alpine Rail Union, led by its Director, Lorenz Haberl-Stocker, visited the ' +
          'university on the 1st, 2nd and 3rd of December to discuss freight corridors.\n\n' +
          'The delegation was received by the Vice-Chancellor, Professor Ardent Kharbuli.',
      ),
    ).toEqual({ country: 'IN', start: '2026-12-01', end: '2026-12-03' });
  });
});
