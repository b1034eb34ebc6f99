import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a region’s adjective in the genitive before «края», «округа» (Russian)', () => {
  it('reads a body’s words before the region as no one met', () => {
    const text =
      `${talks('Бамако')}Затем он встретился с председателем Союза охотников Юга Озёрского ` +
      'края Павлом Ивановичем Дорохиным.';
    expect(met(text)).not.toContain('Юга Озёрского');
    expect(roles(text).at(-1)?.[0]).toBe('Павел Иванович Дорохин');
  });

  it('reads a body’s words before a region with a hyphen as no one met', () => {
    const text =
      `${talks('Бамако')}Затем он встретился с председателем комиссии Думы ` +
      'Северо-Озёрского автономного округа Павлом Ивановичем Дорохиным.';
    expect(met(text)).not.toContain('Думы Северо-Озёрского');
  });
});

describe('a place named after a person (Russian)', () => {
  it('reads the namesake of a memorial visited after a meeting as no one met', () => {
    expect(
      met(
        `${talks('Бамако')}Он провёл переговоры с министром финансов Рамешем Агарвалом и ` +
          'возложил венок к мемориалу Модибо Кейты.',
      ),
    ).not.toContain('Модибо Кейты');
  });

  it('reads a centre named after a person as no one met', () => {
    expect(
      met(`${talks('Бамако')}Переговоры прошли в здании недалеко от Центра Модибо Кейты.`),
    ).toEqual(['Ольга Пыстина']);
  });

  it('reads a house named by a noun in the genitive as no one met', () => {
    expect(
      met(
        `${talks('Бамако')}Он был принят министром Рамешем Агарвалом, а также посетил ` +
          'выставку в зале Дома Писателей.',
      ),
    ).toEqual(['Ольга Пыстина', 'Рамеш Агарвал']);
  });

  it('keeps the head of a centre named after its office', () => {
    expect(
      met(`${talks('Бамако')}По приглашению директора Центра Ивана Петрова он посетил выставку.`),
    ).toContain('Иван Петров');
  });
});

describe('one who joined the conversation (Russian)', () => {
  it('reads one who joined «к разговору» as met, his surname not declined', () => {
    expect(
      roles(
        `${talks('Бамако')}Позднее к разговору присоединился глава Озёрского района ` +
          'Олег Кадули, приехавший из соседнего села.',
      ).at(-1),
    ).toEqual(['Олег Кадули', 'глава Озёрского района', null]);
  });
});

describe('the head of a place visited who agreed or presented something (Russian)', () => {
  it('reads the head who agreed on something with the ambassador as met', () => {
    expect(
      roles(
        `${talks('Бамако')}Программа продолжилась в Озёрском университете. Ректор Ольга ` +
          'Петровна Кадунова и посол договорились о создании летней школы.',
      ).at(-1),
    ).toEqual(['Ольга Петровна Кадунова', 'ректор', null]);
  });

  it('reads the head named in a clause on the place who presented something as met', () => {
    expect(
      roles(
        `${talks('Бамако')}Затем Иван Смирнов побывал в Озёрском институте языков, директор ` +
          'которого Олег Петрович Кадунов представил новый словарь.',
      ).at(-1),
    ).toEqual(['Олег Петрович Кадунов', 'директор', null]);
  });
});

describe('a woman’s given name the lists lack, in the dative (Russian)', () => {
  it('gives «-е» back as «-а» before her surname in «-ой»', () => {
    expect(
      roles(
        `${talks('Бамако')}Затем состоялась встреча в Верховном суде, в ходе которой Иван ` +
          'Смирнов передал председателю Верховного суда Гульдоре Кадуновой предложения.',
      ).at(-1)?.[0],
    ).toBe('Гульдора Кадунова');
  });
});

describe('a department’s title «по работе с …» among those who took part (Russian)', () => {
  it('reads no meeting with one whose title holds «с»', () => {
    expect(
      met(
        `${talks('Бамако')}В переговорах приняли участие торговый представитель России в Мали ` +
          'Олег Седов и директор департамента по работе с Азией АЭЦ Ольга Кадунова.',
      ),
    ).not.toContain('Ольга Кадунова');
  });
});
