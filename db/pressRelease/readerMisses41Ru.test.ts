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
  it('reads the namesake of a memorial as no one met', () => {
    expect(
      met(`${talks('Бамако')}Он возложил венок к мемориалу Модибо Кейты в центре города.`),
    ).not.toContain('Модибо Кейты');
  });
});
