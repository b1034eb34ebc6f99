import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const SEOUL = '3 июня президент Палаты ремёсел Олег Вербин посетит Инчхон (Республика Корея). ';

describe('a Korean family name as Kontsevich spells it in Russian', () => {
  it('reads «Чон» (Jeong, Chung) first in a woman’s name left undeclined after «с ректором»', () => {
    expect(
      roles(
        `${SEOUL}В субботу Вербин обсудит с ректором Чон Ын-би (Jeong Eun-bi) обмен студентами.`,
      ),
    ).toEqual([['Чон Ын-би', 'ректор', null]]);
  });

  it('still reads a man’s declined Korean name after «с президентом» (guard)', () => {
    expect(
      met(`${SEOUL}В субботу Вербин обсудит с президентом Ли Тэ-хо обмен студентами.`),
    ).toEqual(['Ли Тэ-хо']);
  });
});

const OSH = '3 июня председатель правления Фонда развития Олег Вербин посетил Ош (Киргизия). ';

describe('a host named first, the office in brackets after the name', () => {
  it('reads one who presents something, the office of a body in brackets', () => {
    expect(
      roles(
        `${OSH}Отдельно запланирована встреча с пчеловодами. Айпери Садыкова (председатель ` +
          'Союза пчеловодов Ошской области) представит проект нового рынка мёда.',
      ),
    ).toEqual([['Айпери Садыкова', 'председатель', 'Союз пчеловодов Ошской области']]);
  });

  it('reads a woman’s surname of two joined by a hyphen there', () => {
    expect(
      met(
        `${OSH}Отдельно запланирована встреча с пчеловодами. Айпери Садыкова-Бекова (председатель ` +
          'Союза пчеловодов Ошской области) расскажет о сборе мёда.',
      ),
    ).toEqual(['Айпери Садыкова-Бекова']);
  });

  it('reads such a surname after an office that opens the sentence', () => {
    expect(
      met(
        `${OSH}Отдельно запланирована встреча с пчеловодами. Председатель Союза пчеловодов ` +
          'Ошской области Айпери Садыкова-Бекова представит проект нового рынка мёда.',
      ),
    ).toEqual(['Айпери Садыкова-Бекова']);
  });

  it('reads no one by a name with its Latin spelling in brackets and no office (guard)', () => {
    expect(
      met(
        `${OSH}Вечером Айпери Садыкова (Aiperi Sadykova) представит новую книгу в городской ` +
          'библиотеке.',
      ),
    ).toEqual([]);
  });
});

const TVER = '3 июня директор Института истории Олег Вербин посетил Тверь. Он осмотрел архив. ';

describe('one introduced to the visitor or the guests, named in the accusative', () => {
  it('reads a man introduced to the visitor, named by his office in the dative', () => {
    expect(
      roles(
        `${TVER}Вечером сотрудница архива Анна Лесова представила директору председателя ` +
          'краеведческого общества «Исток» Фёдора Малинина, который собирает старые письма.',
      ),
    ).toEqual([['Фёдор Малинин', 'председатель', 'краеведческое общество «Исток»']]);
  });

  it('reads a woman introduced to the guests', () => {
    expect(
      met(`${TVER}Анна Лесова представила гостям главу сельской общины Дарью Ковшову.`),
    ).toEqual(['Дарья Ковшова']);
  });

  it('reads no one in something presented to the guests (guard)', () => {
    expect(met(`${TVER}Анна Лесова представила гостям проект нового музея.`)).toEqual([]);
  });
});

describe('a head named after his office who tells what is done, «рассказала, что …»', () => {
  it('reads the head of a body who tells the guests what its people do', () => {
    expect(
      met(
        `${TVER}Затем гости посетили сельский клуб. Руководитель хора Вера Жукова рассказала, ` +
          'что хор поёт старинные песни.',
      ),
    ).toEqual(['Вера Жукова']);
  });
});

const DASHOGUZ =
  '3 июня директор музея Олег Вербин прибыл в Ашхабад. Затем он побывал в Гарабогазе. ';

describe('two heads named after one office in the plural that two places share', () => {
  it('gives each the office in his place, the first the first', () => {
    expect(
      roles(
        `${DASHOGUZ}Гостей встретили хякимы Балканского велаята и города Гарабогаз Ораз ` +
          'Довлетов и Мекан Гулиев.',
      ),
    ).toEqual([
      ['Ораз Довлетов', 'хяким Балканского велаята', null],
      ['Мекан Гулиев', 'хяким города Гарабогаз', null],
    ]);
  });

  it('reads two heads of a district and a town in Russia so', () => {
    expect(
      roles(
        `${TVER}Гостей встретили главы Озёрского района и города Озёрска Иван Петрович ` +
          'Ракитин и Павел Сомов.',
      ),
    ).toEqual([
      ['Иван Петрович Ракитин', 'глава Озёрского района', null],
      ['Павел Сомов', 'глава города Озёрска', null],
    ]);
  });
});
