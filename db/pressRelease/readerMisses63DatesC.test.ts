import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { datesOf } from '../test/visitFacts.js';

describe('the day of issue alone on the last of the office’s opening lines', () => {
  it('dates a Russian stay told by the weekday it ended on and its length', () => {
    expect(
      datesOf(
        'Фонд северных ремёсел\nПредставительство в Республике Карелия\n05.12.2026\n\n' +
          'Председатель фонда завершил поездку в Карелию\n\n' +
          'Председатель фонда Олег Сорокин в пятницу завершил трёхдневную рабочую поездку по ' +
          'Карелии. В Петрозаводске он встретился с министром культуры Республики Карелия ' +
          'Анной Лейно.',
      ),
    ).toEqual(['2026-12-02', '2026-12-04']);
  });

  it('dates an English stay the same way, the day written in words', () => {
    expect(
      datesOf(
        'Harbour Union\nRegional Office for the Baltic\n5 December 2026\n\n' +
          'Secretary-General ends visit to Latvia\n\n' +
          'The Secretary-General of the Harbour Union, Ada Marwick, ended her visit to Latvia ' +
          'on Friday after three days of talks in Riga, where she met the Minister of ' +
          'Transport, Juris Ozoliņš.',
      ),
    ).toEqual(['2026-12-02', '2026-12-04']);
  });

  it('keeps a date under the town of issue with the town, which is no stop (guard)', () => {
    const draft = extractDraft(
      'PRESS RELEASE\nHarbour Union\nTallinn\n5 December 2026\n\n' +
        'Secretary-General visits Riga\n\n' +
        'The Secretary-General of the Harbour Union, Ada Marwick, visited Riga on 3 December ' +
        '2026 and met the Minister of Transport, Juris Ozoliņš.',
    );
    expect(draft.visit.places.map((p) => p.city)).toEqual(['Riga']);
  });

  it('still reads a visit’s date under the office’s line when it is the visit’s (guard)', () => {
    expect(
      datesOf(
        'Harbour Union\n\nSecretary-General visits Riga\n\n' +
          'The Secretary-General of the Harbour Union, Ada Marwick, visited Riga on 3 December ' +
          '2026 and met the Minister of Transport, Juris Ozoliņš.',
      ),
    ).toEqual(['2026-12-03', '2026-12-03']);
  });
});
