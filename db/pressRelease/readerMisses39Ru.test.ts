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

describe('a prefecture named after «префект» before the prefect’s name (Russian)', () => {
  it('keeps the prefecture’s one word, not declined as the name is, in the title', () => {
    expect(
      roles(
        `${talks('Бамако')}Вечером он встретился с префектом Кулиноро Сейдой Бакаром Сидибе.`,
      ).at(-1),
    ).toEqual(['Сейда Бакар Сидибе', 'префект Кулиноро', null]);
  });

  it('reads a name of three words none of which is declined as the prefect’s', () => {
    expect(
      roles(`${talks('Бамако')}Вечером он встретился с префектом Мамаду Сори Сидибе.`).at(-1),
    ).toEqual(['Мамаду Сори Сидибе', 'префект', null]);
  });
});

describe('a captain’s rank between the office and the name (Russian)', () => {
  it('leaves «капитан» out of the title, in any case', () => {
    expect(
      roles(
        `${talks('Бамако')}Там делегацию встретил губернатор области Нижний Нигер капитан ` +
          'Сейду Траоре.',
      ).at(-1),
    ).toEqual(['Сейду Траоре', 'губернатор области Нижний Нигер', null]);
    expect(
      roles(
        `${talks('Бамако')}Затем он встретился с губернатором области Нижний Нигер капитаном ` +
          'Бакаром Траоре.',
      ).at(-1),
    ).toEqual(['Бакар Траоре', 'губернатор области Нижний Нигер', null]);
  });
});

describe('a sentence opening with its place, then the one received (Russian)', () => {
  it('takes neither the place nor the visitor received as met', () => {
    expect(
      met(
        'Вчера завершилась рабочая поездка заместителя председателя правления банка Олега ' +
          'Андреевича Воронова в Магаданскую область. Речь шла о банковских услугах. ' +
          'В Певеке Олега Воронова принял губернатор Магаданской области Пётр Сидоров. ' +
          'Обсуждалось открытие офисов.',
      ),
    ).toEqual(['Пётр Сидоров']);
  });
});

describe('one who took part in the discussion on a visit in Russia (Russian)', () => {
  it('takes the one named after «В обсуждении принял участие» as met', () => {
    expect(
      met(
        'Вчера завершилась рабочая поездка заместителя председателя правления банка Олега ' +
          'Андреевича Воронова в Камчатский край. Речь шла о банковских услугах. ' +
          'Олег Воронов встретился с главой Сусуманского округа Ниной Котовой. ' +
          'В обсуждении принял участие председатель Совета старейшин эвенов Камчатки ' +
          'Ульвелькот Тымкылин.',
      ),
    ).toEqual(['Нина Котова', 'Ульвелькот Тымкылин']);
  });
});

describe('one with whom an agreement was signed (Russian)', () => {
  it('takes one named by an initial and a surname after «подписано соглашение с» as met', () => {
    expect(
      met(
        `${talks('Коломбо')}В тот же день подписано соглашение с председателем правления ` +
          'компании Lanka Phosphate Р. Тхиручелвамом.',
      ),
    ).toEqual(['Ольга Пыстина', 'Р. Тхиручелвам']);
  });
});

describe('a governor of a province named by its adjective, who showed the guests something', () => {
  it('reads every word after «Северной провинции» as the name (Russian)', () => {
    expect(
      roles(
        `${talks('Коломбо')}В среду делегация посетила Джафну. Губернатор Северной провинции ` +
          'Дилрукши Мадхави Кумари Абейсекера показала гостям рисовые поля.',
      ).at(-1),
    ).toEqual(['Дилрукши Мадхави Кумари Абейсекера', 'Губернатор Северной провинции', null]);
  });
});

describe('a title whose head governs the instrumental (Russian)', () => {
  it('keeps the instrumental after «управляющим» as written', () => {
    expect(
      roles(
        `${talks('Коломбо')}Затем состоялась встреча с управляющим Национальным банком ` +
          'Непала Ахмедом Мунаввиром.',
      ).at(-1),
    ).toEqual(['Ахмед Мунаввир', 'управляющий Национальным банком Непала', null]);
  });

  it('still gives back «управляющим директором» whole', () => {
    expect(
      roles(
        `${talks('Коломбо')}Затем состоялась встреча с управляющим директором компании ` +
          'Ahmed Tea Ахмедом Мунаввиром.',
      ).at(-1)?.[1],
    ).toBe('управляющий директор');
  });
});
