import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';
import { datesOf } from '../test/visitFacts.js';

const OPENING =
  'Женева, 1 декабря 2026 года — Директор Фонда горных озёр Анна Вейль завершила поездку по ' +
  'Центральной Азии.\n\n';

describe('a name in its own Kyrgyz or Kazakh spelling in brackets after the Russian one', () => {
  it('leaves the bracket out, so that the next person keeps a title of his own', () => {
    expect(
      roles(
        `${OPENING}В Оше г-жа Вейль встретилась с заместителем министра водных ресурсов ` +
          'Кыргызской Республики Гульзат Осмон кызы (Гүлзат Осмон кызы), главой ' +
          'Ошской городской администрации Омурбеком Сыдыковым (Өмүрбек Сыдыков) и ректором ' +
          'Ошского университета Бакытом Исаевым.',
      ),
    ).toEqual([
      ['Гульзат Осмон кызы', 'заместитель министра водных ресурсов Кыргызской Республики', null],
      ['Омурбек Сыдыков', 'глава', 'Ошская городская администрация'],
      ['Бакыт Исаев', 'ректор', 'Ошский университет'],
    ]);
  });

  it('keeps a bracket of plain Russian words after a name as it was (guard)', () => {
    expect(
      roles(
        `${OPENING}В Оше г-жа Вейль встретилась с ректором Ошского университета Бакытом ` +
          'Исаевым (по приглашению фонда).',
      ),
    ).toEqual([['Бакыт Исаев', 'ректор', 'Ошский университет']]);
  });
});

describe('a trip told by its parts, the later part dated where the visitor was', () => {
  it('ends the visit on the last day the visitor «находилась» in the next country', () => {
    expect(
      datesOf(
        `${OPENING}Киргизская часть визита прошла с 23 по 25 ноября. В Бишкеке г-жа Вейль ` +
          'встретилась с министром водных ресурсов Кыргызской Республики Бакытом Исаевым.\n\n' +
          '26–27 ноября г-жа Вейль находилась в Алматы, где провела переговоры с ' +
          'вице-министром экологии Республики Казахстан Ерболом Сериковым.',
      ),
    ).toEqual(['2026-11-23', '2026-11-27']);
  });

  it('leaves a later month of someone else being somewhere out of the visit (guard)', () => {
    expect(
      datesOf(
        `${OPENING}Киргизская часть визита прошла с 23 по 25 ноября. В Бишкеке г-жа Вейль ` +
          'встретилась с министром водных ресурсов Кыргызской Республики Бакытом Исаевым.\n\n' +
          'В феврале 2027 года экспедиция фонда будет находиться в Алматы.',
      ),
    ).toEqual(['2026-11-23', '2026-11-25']);
  });
});
