import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

const OPENING = 'Женева, 1 декабря 2026 года — ';

describe('a country by the Russian name the press uses beside the list’s own', () => {
  it('reads «Кыргызстан», the name the country gives itself, in any case', () => {
    expect(
      visitOf(
        OPENING +
          'Директор Фонда горных озёр Анна Вейль 24–26 ноября посетила Кыргызстан.\n\n' +
          'В Кыргызстане она встретилась с министром природных ресурсов Асылбеком Токтогуловым.',
      ).country,
    ).toBe('KG');
  });

  it('reads «Белоруссия» beside «Беларусь»', () => {
    expect(
      visitOf(
        OPENING +
          'Директор Фонда горных озёр Анна Вейль 24–26 ноября находилась с визитом в Белоруссии, ' +
          'где встретилась с министром природных ресурсов Иваном Карповичем.',
      ).country,
    ).toBe('BY');
  });

  it('reads «Республика Молдова» and «Молдова» beside «Молдавия»', () => {
    expect(
      visitOf(
        OPENING +
          'Директор Фонда горных озёр Анна Вейль 24–26 ноября посетила Республику Молдова, ' +
          'где встретилась с министром окружающей среды Ионом Чобану.',
      ).country,
    ).toBe('MD');
  });

  it('still reads «Киргизия», the list’s own name (guard)', () => {
    expect(
      visitOf(OPENING + 'Директор Фонда горных озёр Анна Вейль 24–26 ноября посетила Киргизию.')
        .country,
    ).toBe('KG');
  });
});
