import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a host who greeted the guests, named after the verb (Russian)', () => {
  it('reads the one who greeted them as met', () => {
    expect(
      roles(
        `${talks('Мадагаскар')}Здесь её приветствовал мэр коммуны Сутра Пётр Ильич Орлов, ` +
          'который рассказал о лесе.',
      ).at(-1),
    ).toEqual(['Пётр Ильич Орлов', 'мэр коммуны Сутра', null]);
  });
});

describe('hosts who met the guests, listed after the verb in the plural (Russian)', () => {
  it('reads each of them as met', () => {
    expect(
      met(
        `${talks('Черкесск')}В ауле Кубина гостей встретили глава Северного района Руслан ` +
          'Асланович Тхагапсов и директор районного музея Азамат Кунов. Гостям показали школу.',
      ),
    ).toEqual(expect.arrayContaining(['Руслан Асланович Тхагапсов', 'Азамат Кунов']));
  });
});

describe('the head of a park, with a name the lists do not know (Russian)', () => {
  it('reads the one named after the office and the park as met', () => {
    expect(
      roles(
        `${talks('Мадагаскар')}Генеральный директор парка Ралуиза Андриамбелу показала им ` +
          'новый питомник.',
      ).at(-1),
    ).toEqual(['Ралуиза Андриамбелу', 'генеральный директор парка', null]);
  });
});

describe('a place the release goes to, in the genitive before a name that does not decline', () => {
  it('leaves the place in the title, not in the name', () => {
    expect(
      met(
        `${talks('Сенегал')}Поездка продолжилась в Тиваване. Там состоялась встреча с ` +
          'председателем Торговой палаты Тивавана Мариэм Ндиай Сек.',
      ),
    ).toContain('Мариэм Ндиай Сек');
  });

  it('does so for a town whose name does not decline', () => {
    expect(
      roles(
        `${talks('Италию')}11 декабря делегация отправится в Ористано. Затем директор ` +
          'Городского музея Ористано Антонио Серра покажет гостям собрание.',
      ).at(-1)?.[0],
    ).toBe('Антонио Серра');
  });
});

describe('a host named first, the office set off by commas, who gives the guests something', () => {
  it('reads a name the lists do not know, before an office', () => {
    expect(
      roles(
        `${talks('Ирак')}Нарин Сардар Бабан, председатель Торговой палаты Кирмана, ` +
          'провела для российской стороны встречу с подрядчиками.',
      ).at(-1),
    ).toEqual(['Нарин Сардар Бабан', 'председатель Торговой палаты Кирмана', null]);
  });

  it('reads a surname of two parts joined by a hyphen', () => {
    expect(
      met(
        `${talks('Израиль')}Шира Бен-Дор, президент Института Ноймана, проведёт для гостей ` +
          'экскурсию по лабораториям.',
      ),
    ).toContain('Шира Бен-Дор');
  });
});
