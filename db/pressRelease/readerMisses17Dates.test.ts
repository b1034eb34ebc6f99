import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a city the host is invited to visit later is no place of this visit', () => {
  it('reads «пригласил … посетить Баку в 2027 году» in a visit to Moscow as no trip to Azerbaijan (Russian)', () => {
    expect(
      visitOf(
        'Минтранс России посетила делегация Азербайджана\n\nМосква, 13 марта 2026 г.\n\nВ понедельник и вторник Министерство транспорта Российской Федерации посетила делегация Министерства транспорта Азербайджанской Республики во главе с заместителем министра Эльчином Гасановым.\n\nВ понедельник делегация была принята министром транспорта Российской Федерации Иваном Смирновым.\n\nЭльчин Гасанов поблагодарил российскую сторону и пригласил Ивана Смирнова посетить Баку в 2027 году.',
      ),
    ).toEqual({ country: 'RU', start: '2026-03-09', end: '2026-03-10' });
  });

  it('reads «Kaya’yı Lima’yı ziyaret etmeye davet etti» in a visit to Ankara as no trip to Peru (Turkish)', () => {
    expect(
      visitOf(
        "Ankara, 13 Mart 2026 – Peru Ulaştırma Bakan Yardımcısı José Ramos başkanlığındaki heyet, 9-10 Mart tarihlerinde Ulaştırma Bakanlığını ziyaret etti.\n\nHeyet, Ulaştırma Bakanı Ali Kaya tarafından kabul edildi.\n\nRamos, Bakan Kaya'yı 2027 yılında Lima'yı ziyaret etmeye davet etti.",
      ),
    ).toEqual({ country: 'TR', start: '2026-03-09', end: '2026-03-10' });
  });
});
