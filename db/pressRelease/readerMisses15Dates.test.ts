import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a planned visit with no year, stamped with a numeric date and hour before the office', () => {
  it('takes the year from «03.10.2026 11:15 Пресс-служба …» (Russian)', () => {
    expect(
      visitOf(
        'Глава ведомства посетит Бразилию\n\nС 21 по 23 октября министр промышленности Российской Федерации Иван Смирнов посетит с официальным визитом Бразилию.\n\nВ Бразилиа запланированы переговоры с Министром горнорудной промышленности Бразилии Жоаном Силвой.\n\n03.10.2026 11:15\nПресс-служба Минпромторга',
      ),
    ).toEqual({ country: 'BR', start: '2026-10-21', end: '2026-10-23' });
  });

  it('takes the year from «03.10.2026 11:15 Basın Müşavirliği» (Turkish)', () => {
    expect(
      visitOf(
        "Bakan Ali Kaya, 21-23 Ekim tarihlerinde Brezilya'yı ziyaret edecek.\n\nZiyarette Brezilya Madencilik Bakanı João Silva ile görüşülecek.\n\n03.10.2026 11:15\nBakanlık Basın Müşavirliği",
      ),
    ).toEqual({ country: 'BR', start: '2026-10-21', end: '2026-10-23' });
  });
});

describe('a country whose Russian name is a noun and a name that keeps its form', () => {
  it('reads «посетит Республику Конго» as the country gone to', () => {
    expect(
      visitOf(
        'Москва, 3 октября 2026 г. – 21 октября министр промышленности Российской Федерации Иван Смирнов посетит с официальным визитом Республику Конго.\n\nВ ходе визита запланированы переговоры с Министром горнорудной промышленности Жаном Мабиалой.',
      ),
    ).toEqual({ country: 'CG', start: '2026-10-21', end: '2026-10-21' });
  });

  it('reads «находился в Республике Конго»', () => {
    expect(
      visitOf(
        'Москва, 23 октября 2026 г. – 21 октября министр промышленности Российской Федерации Иван Смирнов находился с рабочим визитом в Республике Конго.\n\nСостоялись переговоры с Министром горнорудной промышленности Жаном Мабиалой.',
      ),
    ).toEqual({ country: 'CG', start: '2026-10-21', end: '2026-10-21' });
  });
});

describe('a delegation received at home: the delegation’s country is not the visit’s', () => {
  it('reads «Росстат посетила делегация … Перу» under a Moscow dateline as a visit to Russia', () => {
    expect(
      visitOf(
        'Москва, 15 мая 2026 г. – Во вторник Росстат посетила с рабочим визитом делегация Национального института статистики Перу во главе с его руководителем Аной Кастильо.\n\nГостья была принята руководителем Росстата Петром Ивановым.',
      ).country,
    ).toBe('RU');
  });

  it('reads «Peru İstatistik Enstitüsü heyeti TÜİK’i ziyaret etti» under an Ankara dateline as a visit to Türkiye', () => {
    expect(
      visitOf(
        "Ankara, 15 Mayıs 2026 – Peru Ulusal İstatistik Enstitüsü Başkanı Ana Castillo başkanlığındaki heyet, Salı günü TÜİK'i ziyaret etti.\n\nHeyet, TÜİK Başkanı Ali Kaya tarafından kabul edildi.",
      ).country,
    ).toBe('TR');
  });
});
