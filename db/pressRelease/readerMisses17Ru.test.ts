import { describe, expect, it } from 'vitest';
import { foreignPeopleMet } from './foreignPeople.js';

describe('a woman’s given name in the instrumental before a short surname that does not decline', () => {
  it('reads «с заместителем министра Ольгой Лим» as «Ольга Лим» (Russian)', () => {
    expect(
      foreignPeopleMet(
        'Иван Смирнов также встретился с председателем агентства Бахтиёром Рахимовым и заместителем министра финансов Ольгой Лим.',
        'Иван Смирнов',
      )?.people.map((p) => p.name),
    ).toEqual(['Бахтиёр Рахимов', 'Ольга Лим']);
  });
});
