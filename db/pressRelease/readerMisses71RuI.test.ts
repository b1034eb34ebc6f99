import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const MUSEUM =
  'Музей восточных рукописей\n\nМосква, 1 декабря 2026 года\n\nДиректор музея побывала в ' +
  'Литве\n\nС 24 по 27 ноября директор музея Анна Белова находилась в Литве. ';

describe('the city named between its head and the head’s name', () => {
  it('reads a surname alone after "мэр" and the city in the genitive', () => {
    expect(roles(`${MUSEUM}Затем её принял мэр Озёрска Вайткус.`)).toEqual([
      ['Вайткус', 'мэр Озёрска', null],
    ]);
  });

  it('reads a surname alone in the instrumental after "с мэром" and the city', () => {
    expect(roles(`${MUSEUM}Затем она встретилась с мэром Озёрска Вайткусом.`)).toEqual([
      ['Вайткус', 'мэр Озёрска', null],
    ]);
  });

  it('leaves a city that does not decline out of the name after "вице-мэр"', () => {
    expect(roles(`${MUSEUM}Затем её принял вице-мэр Сяргу Андрис Ыйгус (Andris Õigus).`)).toEqual([
      ['Андрис Ыйгус', 'вице-мэр Сяргу', null],
    ]);
  });

  it('leaves the city out of the name after "обер-бургомистр"', () => {
    expect(roles(`${MUSEUM}Затем её принял обер-бургомистр Вальдорфа Бернд Хаузер.`)).toEqual([
      ['Бернд Хаузер', 'обер-бургомистр Вальдорфа', null],
    ]);
  });

  it('leaves a city of two words, its adjective in the genitive, out of the name', () => {
    expect(roles(`${MUSEUM}Затем её принял мэр Великих Озёр Ярослав Кршиж.`)).toEqual([
      ['Ярослав Кршиж', 'мэр Великих Озёр', null],
    ]);
  });

  it('still reads a mayor named in full with no city after "мэр" (guard)', () => {
    expect(roles(`${MUSEUM}Затем её принял мэр Иван Петров.`)).toEqual([
      ['Иван Петров', 'мэр', null],
    ]);
  });

  it('still reads a mayor named in full in the instrumental after the city (guard)', () => {
    expect(roles(`${MUSEUM}Затем она встретилась с мэром Озёрска Иваном Петровым.`)).toEqual([
      ['Иван Петров', 'мэр Озёрска', null],
    ]);
  });
});

describe('a name written with its bearer’s own spelling or a French double given name', () => {
  it('reads one who took part after a title of small words, spelt in Latin letters too', () => {
    expect(
      roles(
        `${MUSEUM}В Вильнюсе она провела переговоры с министром культуры Литвы Ириной Петровой. ` +
          'Во встрече также приняла участие ректор университета Илзе Озола (Ilze Ozola), которая ' +
          'рассказала о программе.',
      ),
    ).toEqual([
      ['Ирина Петрова', 'министр культуры Литвы', null],
      ['Илзе Озола', 'ректор университета', null],
    ]);
  });

  it('gives back the nominative of a double given name whose second part does not decline', () => {
    expect(
      roles(`${MUSEUM}Затем она встретилась с директором библиотеки Жеромом-Анри Ле Бреном.`),
    ).toEqual([['Жером-Анри Ле Брен', 'директор библиотеки', null]]);
  });

  it('gives back the nominative of "младший" joined to a surname', () => {
    expect(roles(`${MUSEUM}Затем она встретилась с деканом школы Джоном Смитом-младшим.`)).toEqual([
      ['Джон Смит-младший', 'декан школы', null],
    ]);
  });

  it('still reads a double given name that declines its second part (guard)', () => {
    expect(
      roles(`${MUSEUM}Затем она встретилась с директором библиотеки Жаном-Батистом Ле Бреном.`),
    ).toEqual([['Жан-Батист Ле Брен', 'директор библиотеки', null]]);
  });
});
