import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a region’s name before a name met (Russian)', () => {
  it('leaves out the second part of a region named by two words joined by «и»', () => {
    expect(
      met(
        `${talks('Дели')}Затем делегация была принята главным министром союзной территории ` +
          'Северин и Калдир Рахимом Ахмадом Соне.',
      ),
    ).toContain('Рахим Ахмад Соне');
  });

  it('leaves out a place in the genitive before a name of three words in the nominative', () => {
    expect(
      met(
        `${talks('Дели')}Здесь их принимал председатель правления Кооперативного союза ` +
          'садоводов Калдира Мохаммад Юсуф Сах.',
      ),
    ).toContain('Мохаммад Юсуф Сах');
  });
});

describe('a meeting told by «встречей с» (Russian)', () => {
  it('reads one met after «завершилась встречей с»', () => {
    expect(
      met(
        `${talks('Дели')}Завершилась программа встречей с председателем ассоциации ` +
          'садоводов Назимой Ахтер Лал.',
      ),
    ).toContain('Назима Ахтер Лал');
  });
});

describe('a village’s name before a name met (Russian)', () => {
  it('leaves out the name of a community after its noun', () => {
    expect(
      roles(
        `${talks('Ереван')}Здесь запланированы встречи с главой сельской общины Тарвет ` +
          'Лианой Мамоян.',
      ),
    ).toContainEqual(['Лиана Мамоян', 'глава сельской общины Тарвет', null]);
  });
});
