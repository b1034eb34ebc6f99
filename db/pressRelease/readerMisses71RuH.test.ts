import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const STEPPE =
  'Музей степной культуры\n\nМосква, 1 декабря 2026 года\n\nДиректор музея посетил Казахстан\n\n' +
  'С 24 по 27 ноября директор музея Антон Белов находился в Казахстане. ';

describe('one met named first after «С», the talk with him told in the passive', () => {
  it('reads the editor with whom a series "обсуждалась"', () => {
    expect(
      roles(
        `${STEPPE}С главным редактором газеты «Дала» Нурланом Сейтказиевым обсуждалась серия ` +
          'публикаций о музее.',
      ),
    ).toEqual([['Нурлан Сейтказиев', 'главный редактор', 'газета «Дала»']]);
  });

  it('reads one whose surname does not decline, with whom plans "обсуждались"', () => {
    expect(
      met(`${STEPPE}С директором Института степи Нурланом Сейтказы обсуждались планы экспедиции.`),
    ).toEqual(['Нурлан Сейтказы']);
  });

  it('still reads one with whom the subject "обсудил" something (guard)', () => {
    expect(
      met(`${STEPPE}С директором Института степи Нурланом Сейтказиевым глава музея обсудил планы.`),
    ).toEqual(['Нурлан Сейтказиев']);
  });

  it('still reads no one where the side, not a person, is named after «С» (guard)', () => {
    expect(met(`${STEPPE}С казахской стороны обсуждались планы экспедиции.`)).toEqual([]);
  });
});

describe('an editor-in-chief holds his office in the publication he edits', () => {
  it('parts "главный редактор журнала «X»" into the office and the journal', () => {
    expect(
      roles(
        `${STEPPE}В Астане Антон Белов встретился с главным редактором журнала «Жулдыз» ` +
          'Асель Нуркеновой.',
      ),
    ).toEqual([['Асель Нуркенова', 'главный редактор', 'журнал «Жулдыз»']]);
  });
});

describe('a list of those met whose items open with a long dash', () => {
  const LIST =
    `${STEPPE}Собеседники директора в Астане:\n— Марат Сейтов, директор Национальной ` +
    'библиотеки;\n— Ерлан Касымов, заместитель министра культуры;\n— Бауыржан Омаров, аким Астаны.';

  it('gives each one met the title on his own line', () => {
    expect(roles(LIST)).toEqual([
      ['Марат Сейтов', 'директор', 'Национальная библиотека'],
      ['Ерлан Касымов', 'заместитель министра культуры', null],
      ['Бауыржан Омаров', 'аким Астаны', null],
    ]);
  });

  it('still reads the same list with its items opened by a hyphen (guard)', () => {
    expect(roles(LIST.replace(/—/gu, '-'))).toEqual([
      ['Марат Сейтов', 'директор', 'Национальная библиотека'],
      ['Ерлан Касымов', 'заместитель министра культуры', null],
      ['Бауыржан Омаров', 'аким Астаны', null],
    ]);
  });
});
