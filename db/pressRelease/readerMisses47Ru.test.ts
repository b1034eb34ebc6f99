import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('the head of a place the visitor went to, named in a clause with «где» (Russian)', () => {
  it('reads one who showed the visitor something, named by «ему»', () => {
    expect(
      met(
        `${talks('Хабаровск')}Руководитель агентства также побывал в Озёрном Доме ремёсел, где ` +
          'директор учреждения Пётр Кантемиров показал ему коллекцию одежды.',
      ),
    ).toContain('Пётр Кантемиров');
  });

  it('names him by his office, not by the visitor’s words before «где»', () => {
    expect(
      roles(
        `${talks('Хабаровск')}Руководитель агентства также побывал в Озёрном Доме ремёсел, где ` +
          'директор учреждения Пётр Кантемиров показал гостям коллекцию одежды.',
      ).at(-1)?.[1],
    ).toBe('директор учреждения');
  });
});

describe('a district’s adjectives joined by a hyphen, in the genitive (Russian)', () => {
  const text =
    `${talks('Хабаровск')}В Хабаровске гость был принят главой Верхнеозёрского ` +
    'Нанайско-Удэгейского муниципального района Петром Ивановичем Кантемировым. ' +
    'Стороны обсудили дороги.';

  it('reads no name in them', () => {
    expect(met(text)).not.toContain('Верхнеозёрского Нанайско-Удэгейского');
  });

  it('keeps the head of the district’s title whole', () => {
    expect(roles(text).at(-1)).toEqual([
      'Пётр Иванович Кантемиров',
      'глава Верхнеозёрского Нанайско-Удэгейского муниципального района',
      null,
    ]);
  });
});

describe('an Arab name of three words whose given name in «-и» does not decline (Russian)', () => {
  it('keeps the given name before the father’s and grandfather’s names in the instrumental', () => {
    expect(
      roles(
        `${talks('Египет')}Затем состоялась встреча с директором Приморского музея Лутфи ` +
          'Кахабом Салимом. Стороны обсудили выставки.',
      ).at(-1)?.[0],
    ).toBe('Лутфи Кахаб Салим');
  });
});

describe('a village named after its noun before a name that does not decline (Russian)', () => {
  it('leaves the village’s name in the title', () => {
    expect(
      roles(
        `${talks('Азербайджан')}Учёные также побеседовали с директором средней школы села Ыдж ` +
          'Нани Кавтари о преподавании языка.',
      ).at(-1),
    ).toEqual(['Нани Кавтари', 'директор средней школы села Ыдж', null]);
  });
});

describe('a body’s adjective stressed on its ending, and a council of elders (Russian)', () => {
  it('gives back «-ой» for «окружного»', () => {
    expect(
      roles(
        `${talks('Хабаровск')}Затем состоялась встреча с директором Озёрского окружного ` +
          'краеведческого музея Галиной Петровной Ивановой. Стороны обсудили выставки.',
      ).at(-1),
    ).toEqual(['Галина Петровна Иванова', 'директор', 'Озёрский окружной краеведческий музей']);
  });

  it('reads a council of elders as the chairman’s body', () => {
    expect(
      roles(
        `${talks('Хабаровск')}Затем состоялась встреча с председателем Совета старейшин ` +
          'нанайского народа Николаем Степановичем Петровым. Стороны обсудили выставки.',
      ).at(-1),
    ).toEqual(['Николай Степанович Петров', 'председатель', 'Совет старейшин нанайского народа']);
  });
});
