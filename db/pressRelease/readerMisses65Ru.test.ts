import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const FUND =
  'Фонд горных языков\n\nМосква, 7 декабря 2026 года\n\nДиректор фонда посетил Армению\n\n' +
  'Директор фонда Иван Сомов 5 декабря посетил Ереван. ';

describe('a name written again in its own script in brackets', () => {
  it('reads one person, not a second one in Armenian letters', () => {
    expect(
      met(
        `${FUND}Директор Института языка Ашот Погосян (Աշոտ Պողոսյան) показал гостю ` +
          'словари и рукописи.',
      ),
    ).toEqual(['Ашот Погосян']);
  });

  it('reads one person, not a second one in Greek letters', () => {
    expect(
      met(
        `${FUND}Там он встретился с ректором Критского университета Никосом Пападопулосом ` +
          '(Νίκος Παπαδόπουλος).',
      ),
    ).toEqual(['Никос Пападопулос']);
  });
});
