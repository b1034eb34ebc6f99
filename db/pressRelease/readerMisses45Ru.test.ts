import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a university capitalised and named by its town that does not decline (Russian)', () => {
  it('leaves the town out of the rector’s name', () => {
    expect(
      roles(
        `${talks('Мадагаскар')}В тот же день делегация была принята ректором Университета ` +
          'Амбалавау Ваулирой Андриаманжакиной; подписано соглашение.',
      ).at(-1),
    ).toEqual(['Ваулира Андриаманжакина', 'ректор', 'Университет Амбалавау']);
  });
});

describe('a woman’s surname in «-гой» or «-кой» that is no adjective (Russian)', () => {
  it('gives back «-га» for «-гой» after a given name and patronymic', () => {
    expect(
      met(
        `${talks('Хабаровск')}Делегация была принята директором парка Валентиной Ивановной ` +
          'Сундзюгой. Она рассказала о работе.',
      ),
    ).toContain('Валентина Ивановна Сундзюга');
  });

  it('gives back «-ка» for «-нкой»', () => {
    expect(
      met(
        `${talks('Хабаровск')}Гости встретились с учителем языка Надеждой Семёновной Кимонкой. ` +
          'Она рассказала о работе.',
      ),
    ).toContain('Надежда Семёновна Кимонка');
  });

  it('keeps an adjective surname in «-ская», «-окая» and «-гая»', () => {
    const names = met(
      `${talks('Хабаровск')}Гости встретились с учителем языка Надеждой Семёновной ` +
        'Ковальской, с директором школы Верой Павловной Высокой и с завучем Анной Ильиничной ' +
        'Долгой.',
    );
    expect(names).toContain('Надежда Семёновна Ковальская');
    expect(names).toContain('Вера Павловна Высокая');
    expect(names).toContain('Анна Ильинична Долгая');
  });
});

describe('what one met did together with others, told by a participle (Russian)', () => {
  it('names her once', () => {
    expect(
      met(
        `${talks('Хабаровск')}30 ноября сотрудники музея посетили Нижнеречную среднюю школу и ` +
          'встретились с учителем языка Надеждой Семёновной Петровой, подготовившей вместе с ' +
          'учениками запись сказок.',
      ).filter((n) => n === 'Надежда Семёновна Петрова'),
    ).toHaveLength(1);
  });
});

describe('a head who will show the guests, named «им», something (Russian)', () => {
  it('reads the head of a museum named before «покажет им» as met', () => {
    expect(
      roles(
        `${talks('Махачкалу')}9 декабря гости побывают в Кизляре. Директор Кизлярского ` +
          'краеведческого музея Аймесей Магомедовна Алиева покажет им фонды музея.',
      ).at(-1)?.[0],
    ).toBe('Аймесей Магомедовна Алиева');
  });
});
