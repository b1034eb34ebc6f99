import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. Министр предложил обмен архивами. ';

describe('one of the host’s ministry who took part in the talks (Russian)', () => {
  it('takes one named after the ministry’s name, «и» in it, as met', () => {
    expect(
      met(
        `${talks('Бамако')}В переговорах участвовала генеральный секретарь Министерства ` +
          'культуры и туризма Фатумата Кейта.',
      ),
    ).toEqual(['Ольга Пыстина', 'Фатумата Кейта']);
  });

  it('still takes none of the visitor’s own ministry', () => {
    expect(
      met(
        `${talks('Бамако')}В переговорах участвовал директор департамента Министерства ` +
          'культуры Российской Федерации Олег Петров.',
      ),
    ).toEqual(['Ольга Пыстина']);
  });
});
