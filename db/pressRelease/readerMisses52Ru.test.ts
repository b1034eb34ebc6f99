import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a woman whose given name is a man’s in the genitive, before her patronymic (Russian)', () => {
  it('reads her in the nominative, met', () => {
    expect(
      roles(
        `${talks('Томск')}Здесь гостей встретили директор Озёрской средней школы Елена Павловна ` +
          'Сурикова и председатель общины «Лумпи» Степан Карлович Сорокин.',
      ).slice(-2),
    ).toEqual([
      ['Елена Павловна Сурикова', 'директор', 'Озёрская средняя школа'],
      ['Степан Карлович Сорокин', 'председатель', 'община «Лумпи»'],
    ]);
  });
});

describe('hosts who will meet the guests, named after the verb (Russian)', () => {
  it('reads both, a name in brackets after the second left out', () => {
    expect(
      met(
        `${talks('Якутск')}Гостей встретят глава Озёрского наслега Анна Петровна Тамбиева и ` +
          'председатель Совета старейшин Мария Ильинична Кержакова (Лумпи).',
      ).slice(-2),
    ).toEqual(['Анна Петровна Тамбиева', 'Мария Ильинична Кержакова']);
  });
});

// A district's release of a visit to its villages, one of them named after a foreign capital.
const villages = (title: string, brought: string) =>
  'Администрация Озёрского муниципального района Курганской области\n\n' +
  'Озёрск, 3 мая 2026 года\n\n' +
  'Директор исторического музея посетит Озёрский район\n\n' +
  'В субботу, 9 мая, Озёрский район с рабочим визитом посетит директор Государственного ' +
  `исторического музея Павел Игоревич Сомов. Визит приурочен к подготовке выставки ${title}.\n\n` +
  'В первый день гостя примет глава района Егор Степанович Лумпов. Затем гость посетит ' +
  `районный музей, где директор музея Анна Петровна Тамбиева покажет награды, ${brought}.\n\n` +
  'В воскресенье гость отправится в село Варшава. Здесь его встретит глава Варшавского ' +
  'сельского поселения Мария Ильинична Кержакова.';
const country = (text: string) => extractDraft(text).visit.places[0]?.country ?? null;

describe('a village named after a foreign capital (Russian)', () => {
  it('is no visit to that capital, named in the title of an exhibition', () => {
    expect(country(villages('«От Волги до Варшавы»', 'привезённые ветеранами'))).toBe('RU');
  });

  it('leaves a country that awards were brought from out of the place of the visit', () => {
    expect(country(villages('о казаках', 'привезённые ветеранами из Польши'))).toBe('RU');
  });

  it('leaves the capital itself where the visit goes to it (guard)', () => {
    expect(
      country(
        `${russianVisit('Варшаву')}Иван Смирнов встретился с министром культуры Польши Анной ` +
          'Тамбиевой. Затем он посетил село Озерки.',
      ),
    ).toBe('PL');
  });
});

describe('a host named after «Вместе с» opening the sentence, the guests after (Russian)', () => {
  it('reads her as met', () => {
    expect(
      met(
        `${talks('Махачкалу')}Вместе с народным мастером Республики Озерки Анной Петровной ` +
          'Тамбиевой гости осмотрели станок, на котором ткётся ковёр.',
      ),
    ).toContain('Анна Петровна Тамбиева');
  });
});

describe('a meeting devoted to the legacy of someone (Russian)', () => {
  it('meets no one in him, nor in his name in brackets', () => {
    expect(
      met(
        `${talks('Якутск')}Отдельная встреча будет посвящена наследию озёрского поэта Лумпи Ара ` +
          '(Степана Карловича Сорокина), чьи стихи студенты переводят на английский язык.',
      ),
    ).toEqual(['Ольга Пыстина']);
  });
});

describe('the head of a place visited who showed something, her name also in Latin (Russian)', () => {
  it('reads her once, as met', () => {
    expect(
      met(
        `${talks('Барнаул')}Затем гость посетил районный краеведческий музей, где директор ` +
          'музея Анна Петровна Тамбиева (Anna Tambiewa) показала новую экспозицию.',
      ).slice(1),
    ).toEqual(['Анна Петровна Тамбиева']);
  });
});

describe('the head of a Yakut or Tuvan district, a place governed (Russian)', () => {
  it('keeps the district in the title', () => {
    expect(
      roles(
        `${talks('Якутск')}Затем делегация встретилась с главой Озёрского улуса Егором ` +
          'Степановичем Лумповым и главой Лумпинского национального наслега Марией Ильиничной ' +
          'Кержаковой.',
      ).slice(-2),
    ).toEqual([
      ['Егор Степанович Лумпов', 'глава Озёрского улуса', null],
      ['Мария Ильинична Кержакова', 'глава Лумпинского национального наслега', null],
    ]);
  });
});

describe('a council of elders of a people named by its adjective (Russian)', () => {
  it('is a body of its own', () => {
    expect(
      roles(
        `${talks('Якутск')}Гостей встретят глава Озёрского района Анна Петровна Тамбиева и ` +
          'председатель Совета озёрских старейшин Мария Ильинична Кержакова.',
      ).at(-1),
    ).toEqual(['Мария Ильинична Кержакова', 'председатель', 'Совет озёрских старейшин']);
  });
});

describe('«Вместе с ним» opening the sentence (Russian, guard)', () => {
  it('meets no one in the places named after it', () => {
    expect(
      met(
        `${talks('Анадырь')}Вместе с ним гостья побывала в селе Новое Озерки, названном в честь ` +
          'экспедиции Степана Лумпова.',
      ),
    ).toEqual(['Ольга Пыстина']);
  });
});
