import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ARCHIVE =
  'Государственный архив\n\nМосква, 8 декабря 2026 года\n\nДиректор архива посетил Болгарию\n\n' +
  'Со 2 по 5 декабря директор архива Антон Белов находился с рабочей поездкой в Софии. ';

const sides = (host: string, own: string) =>
  `${ARCHIVE}Переговоры прошли в следующем составе.\n\nС болгарской стороны:\n${host}\n\n` +
  `С российской стороны:\n${own}\n\nСтороны договорились о совместной выставке.`;

describe('a side’s list under «С … стороны:», one a line, a dash before the title', () => {
  it('reads the host side’s lines whose surnames open in capitals, not the visitor’s side', () => {
    expect(
      roles(
        sides(
          'ДИМОВА Ралица Петрова — директор Национального архива;\n' +
            'КОЛЕВ Стефан Иванов — заместитель министра культуры Республики Болгарии.',
          'БЕЛОВ Антон Сергеевич — директор архива;\nОРЛОВА Нина Павловна — хранитель фонда.',
        ),
      ),
    ).toEqual([
      ['Димова Ралица Петрова', 'директор', 'Национальный архив'],
      ['Колев Стефан Иванов', 'заместитель министра культуры Республики Болгарии', null],
    ]);
  });

  it('reads one listed whose surname in «-ов» shares its stem with one in «-ович» met before', () => {
    expect(
      met(
        `${ARCHIVE}3 декабря Антон Белов провёл переговоры с директором музея Зораном ` +
          'Петровичем.\n\nСобеседники директора в Софии:\n— Стефан Петров, директор ' +
          'Национального архива;\n— Борис Колев, заместитель министра культуры.',
      ),
    ).toEqual(['Зоран Петрович', 'Стефан Петров', 'Борис Колев']);
  });

  it('still reads one met twice by the same surname once (guard)', () => {
    expect(
      met(
        `${ARCHIVE}3 декабря Антон Белов провёл переговоры с директором музея Зораном ` +
          'Петровичем. Затем Антон Белов встретился с Зораном Петровичем ещё раз.',
      ),
    ).toEqual(['Зоран Петрович']);
  });

  it('still reads no one from a paragraph that names a side but lists no one (guard)', () => {
    expect(met(`${ARCHIVE}С болгарской стороны:\nпереговоры вёл директор архива.`)).toEqual([]);
  });
});
