import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a visit told as taking part in an event held in a city abroad', () => {
  it('is in the city of a conference the visitor took part in (English)', () => {
    expect(
      visitOf(
        'Lakeside, 1 December 2026 – The President of the Heritage Council, Ana Ferraz, took ' +
          'part in the regional museums conference in Dar es Salaam on 28 and 29 November.\n\n' +
          'On the sidelines of the conference, she met the Minister of Tourism, Juma Mrisho.',
      ),
    ).toEqual({ country: 'TZ', start: '2026-11-28', end: '2026-11-29' });
  });

  it('is in the country of a forum the visitor will attend, not in the issuing office’s town', () => {
    expect(
      visitOf(
        'Geneva, 1 December 2026 – The Director of the Mountain Lakes Fund, Anna Weil, will ' +
          'attend the Asian water forum in Tashkent, Uzbekistan, from 14 to 16 December.\n\n' +
          'She will also meet the Minister of Water Resources, Rustam Karimov.',
      ).country,
    ).toBe('UZ');
  });

  it('reads «приняла участие в конференции в Ташкенте» as a visit to Uzbekistan', () => {
    expect(
      visitOf(
        'Женева, 1 декабря 2026 года — Директор Фонда горных озёр Анна Вейль приняла участие в ' +
          'региональной конференции по водным ресурсам в Ташкенте 28–29 ноября.\n\n' +
          'На полях конференции она встретилась с министром водного хозяйства Рустамом Каримовым.',
      ).country,
    ).toBe('UZ');
  });

  it('reads "Bakü\'de düzenlenen konferansa katıldı" as a visit to Azerbaijan', () => {
    expect(
      visitOf(
        'Cenevre, 1 Aralık 2026 – Dağ Gölleri Vakfı Direktörü Anna Weil, 28-29 Kasım ' +
          "tarihlerinde Bakü'de düzenlenen bölgesel su konferansına katıldı.\n\n" +
          'Konferans marjında Ekoloji Bakanı Rauf Məmmədov ile görüştü.',
      ).country,
    ).toBe('AZ');
  });

  it('keeps the country visited when a conference held earlier elsewhere is recalled (guard)', () => {
    expect(
      visitOf(
        'Geneva, 1 December 2026 – The Director of the Mountain Lakes Fund, Anna Weil, visited ' +
          'Almaty, Kazakhstan, on 28 and 29 November.\n\n' +
          'She met the Minister of Ecology, Serik Nurov, with whom she had attended a forum in ' +
          'Tashkent in 2024.',
      ).country,
    ).toBe('KZ');
  });
});
