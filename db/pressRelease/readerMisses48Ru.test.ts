import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a village’s name after its noun before a name in the nominative (Russian)', () => {
  it('leaves it out of a full name with a patronymic', () => {
    expect(
      roles(
        `${talks('Петрозаводск')}На следующий день гостей встретил староста деревни Озерки ` +
          'Пётр Семёнович Самойлов. Вместе с ним делегация осмотрела школу.',
      ).at(-1),
    ).toEqual(['Пётр Семёнович Самойлов', 'староста деревни Озерки', null]);
  });

  it('leaves it out before a name of two words in the nominative', () => {
    expect(
      roles(
        `${talks('Баку')}В селе Кавта их встретил председатель муниципалитета села Кавта ` +
          'Алирус Мамедов, который показал сады.',
      ).at(-1),
    ).toEqual(['Алирус Мамедов', 'председатель муниципалитета села Кавта', null]);
  });
});

describe('a name in Latin letters in brackets after a name in Cyrillic (Russian)', () => {
  it('reads the same person once', () => {
    expect(
      met(
        `${talks('Петрозаводск')}Затем делегация побывала в Центре карельской культуры, где её ` +
          'встретила директор центра Анна Петровна Ларина (по-карельски – Anna Larina). ' +
          'Она показала гостям словарь.',
      ),
    ).not.toContain('Anna Larina');
  });
});

describe('a woman who heads a body named in the instrumental (Russian)', () => {
  it('reads her office and the body in the nominative', () => {
    expect(
      roles(
        `${talks('Петрозаводск')}Во второй половине дня состоялась встреча с заведующей ` +
          'Озёрским карельским краеведческим музеем имени А. Б. Петрова Анной Петровной ' +
          'Лариной. Музей хранит предметы быта.',
      ).at(-1),
    ).toEqual([
      'Анна Петровна Ларина',
      'заведующая',
      'Озёрский карельский краеведческий музей имени А. Б. Петрова',
    ]);
  });
});

describe('a town in «-ии» after a capitalised «В» opening the sentence (Russian)', () => {
  it('reads no person in it', () => {
    expect(
      met(
        `${talks('Грузию')}В Хевии его принял мэр Хевии Гурам Беридзе, который рассказал о ` +
          'реставрации башен.',
      ),
    ).not.toContain('В Хевии');
  });
});

describe('a host who gave the guest a tour (Russian)', () => {
  it('reads a woman whose name does not decline as met', () => {
    expect(
      met(
        `${talks('Грузию')}Директор Горного музея истории и этнографии Нани Гелашвили провела ` +
          'для гостя экскурсию по фондам музея.',
      ),
    ).toContain('Нани Гелашвили');
  });
});

describe('a monk’s rank after his office (Russian)', () => {
  it('is no part of the title', () => {
    expect(
      roles(
        `${talks('Грузию')}Затем гость побывал в Озургети, где был принят настоятелем ` +
          'Озургетского монастыря игуменом Серафимом Гогиберидзе. Стороны обсудили фрески.',
      ).at(-1),
    ).toEqual(['Серафим Гогиберидзе', 'настоятель Озургетского монастыря', null]);
  });
});
