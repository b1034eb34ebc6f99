import { describe, expect, it } from 'vitest';
import { foreignPeopleMet } from './foreignPeople.js';
import { met } from '../test/peopleMet.js';

describe('an Uzbek name with «угли» or «кизи» after the father’s name, the given name declined', () => {
  it('reads «при участии первого заместителя председателя Бахрома Камол угли» as «Бахром Камол угли» (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Узбекистане. 5 мая Иван Смирнов встретился с Министром финансов Республики Узбекистан Алишером Назаровым. Переговоры прошли при участии первого заместителя председателя комитета Бахрома Камол угли.',
      ),
    ).toEqual(['Алишер Назаров', 'Бахром Камол угли']);
  });

  it('reads «встретился с заместителем министра Дилнозой Акмал кизи» as «Дилноза Акмал кизи» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Иван Смирнов также встретился с заместителем министра финансов Дилнозой Акмал кизи.',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Дилноза Акмал кизи']);
  });
});

describe('someone who took part, said «участвовал», is not met on a visit abroad', () => {
  it('takes no one from «в переговорах участвовал Посол России в Перу A» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'В Лиме в переговорах участвовал Посол России в Перу Пётр Иванов, в Кито – советник посольства Олег Петров.',
        'Иван Смирнов',
      ),
    ).toBeNull();
  });
});
