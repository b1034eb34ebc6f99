import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const FUND =
  'Фонд горных языков\n\nМосква, 7 декабря 2026 года\n\nДиректор фонда посетил Армению\n\n' +
  'Директор фонда Иван Сомов 5 декабря посетил Ереван. ';

describe('the head of a place gone round, named in a clause on it', () => {
  it('reads a hospital in the accusative as the body of its chief doctor', () => {
    expect(
      roles(
        `${FUND}Гости осмотрели Озёрскую районную больницу, главный врач которой Анна ` +
          'Сидорова рассказала о нехватке лекарств.',
      ),
    ).toEqual([['Анна Сидорова', 'главный врач', 'Озёрская районная больница']]);
  });

  it('reads a works in the accusative as the body of its director', () => {
    expect(
      roles(
        `${FUND}Затем делегация посетит Озёрский ткацкий комбинат, директор которого Павел ` +
          'Иванов добивается кредита на новые станки.',
      ),
    ).toEqual([['Павел Иванов', 'директор', 'Озёрский ткацкий комбинат']]);
  });

  it('keeps the museum of a director named in such a clause (guard)', () => {
    expect(
      roles(
        `${FUND}Гости посетили Озёрский краеведческий музей, директор которого Павел Иванов ` +
          'показал им собрание.',
      ),
    ).toEqual([['Павел Иванов', 'директор', 'Озёрский краеведческий музей']]);
  });
});

describe('a host who joins the visiting party', () => {
  it('reads a director who joined the expedition as met', () => {
    expect(
      met(
        `${FUND}В Гюмри к экспедиции присоединилась директор Института горных лугов Анна ` +
          'Сидорова, которая два дня работала вместе с гостями.',
      ),
    ).toEqual(['Анна Сидорова']);
  });

  it('reads a rector who joined the delegation as met', () => {
    expect(
      met(`${FUND}В Гюмри к делегации присоединился ректор Озёрского университета Павел Иванов.`),
    ).toEqual(['Павел Иванов']);
  });

  it('reads one who joined and then worked with the guests once', () => {
    expect(
      met(
        `${FUND}В Гюмри к экспедиции присоединился директор Института горных лугов Павел ` +
          'Иванов, который два дня работал вместе с армянскими коллегами в полевом лагере.',
      ),
    ).toEqual(['Павел Иванов']);
  });

  it('keeps one who joined the talks as met (guard)', () => {
    expect(
      met(`${FUND}К переговорам присоединился ректор Озёрского университета Павел Иванов.`),
    ).toEqual(['Павел Иванов']);
  });
});
