import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

describe('the head of a place visited after a meeting, in a clause on it (Russian)', () => {
  it('has the office the clause gives, not the visit before it', () => {
    expect(
      roles(
        `${russianVisit('Озёрск')}Затем он встретится с министром культуры края Ниной ` +
          'Олеговной Сурминой и посетит Краевой музей имени П. Р. Дымова, где директор музея ' +
          'Ирина Павловна Тюрнева покажет ему фонды.',
      ),
    ).toContainEqual(['Ирина Павловна Тюрнева', 'директор', 'Краевой музей имени П. Р. Дымова']);
  });
});

describe('a second office told with «также» (Russian)', () => {
  it('keeps the particle out of the title', () => {
    const read = roles(
      `${russianVisit('Озёрск')}Там он встретится с директором гимназии Еленой Петровной ` +
        'Грумовой, которая также возглавляет общество краеведов, и с депутатом Олегом Тюриным. ' +
        'Гостей примет также председатель клуба «Родник» Мира Ивановна Ставова.',
    );
    expect(read.find(([name]) => name === 'Мира Ивановна Ставова')?.[1]).not.toMatch(/также/u);
  });
});

describe('the head of a school visited, its number in its name (Russian)', () => {
  it('heads the school by its number', () => {
    expect(
      roles(
        `${russianVisit('Озёрск')}Делегация посетила сельскую школу № 4, где директор школы ` +
          'Лейла Гвасалия рассказала о кружке языка.',
      ),
    ).toContainEqual(['Лейла Гвасалия', 'директор', 'сельская школа № 4']);
  });
});

describe('the head of a body handed something, named first in the dative (Russian)', () => {
  it('has his office written small', () => {
    const read = roles(
      `${russianVisit('Озёрск')}Там он встретится с главой города Олегом Тюриным. ` +
        'Директору Озёрского городского музея Нине Павловне Грумовой ректор передаст копии ' +
        'старых карт.',
    );
    expect(read.find(([name]) => name === 'Нина Павловна Грумова')?.[1]).toMatch(/^директор/u);
  });
});

describe('one guest met by a host named after the verb (Russian)', () => {
  it('is met', () => {
    expect(
      met(
        `${russianVisit('Озёрск')}В Озёрском городском музее гостя встретила заведующая ` +
          'музеем Нина Павловна Грумова, которая показала экспозицию.',
      ),
    ).toContain('Нина Павловна Грумова');
  });

  it('leaves those named in the clause on the host', () => {
    expect(
      met(
        `${russianVisit('Озёрск')}В Озёрском городском музее гостя встретила заведующая ` +
          'музеем Нина Павловна Грумова, которая показала экспозицию о походе купца Витольда ' +
          'Ямского.',
      ),
    ).toEqual(['Нина Павловна Грумова']);
  });
});

describe('a second head who tells of something, the verb left out after «а» (Russian)', () => {
  it('is met too', () => {
    expect(
      met(
        `${russianVisit('Озёрск')}Председатель клуба «Родник» Олег Петрович Тюрин рассказал о ` +
          'летнем лагере, а директор Озёрской средней школы Нина Павловна Грумова – о ' +
          'преподавании языка.',
      ),
    ).toEqual(['Олег Петрович Тюрин', 'Нина Павловна Грумова']);
  });
});

describe('the head of a village visited, who does something there (Russian)', () => {
  it('is met, named in full after «где»', () => {
    expect(
      roles(
        `${russianVisit('Озёрск')}В последний день делегация побывает в селе Ключи, где ` +
          'староста села Нина Павловна Грумова соберёт пожилых жителей.',
      ),
    ).toEqual([['Нина Павловна Грумова', 'староста села', null]]);
  });

  it('leaves one named there with no office (guard)', () => {
    expect(
      met(
        `${russianVisit('Озёрск')}В последний день делегация побывает в селе Ключи, где ` +
          'родилась поэтесса Нина Павловна Грумова.',
      ),
    ).toEqual([]);
  });
});

describe('a place named by its adjective in the genitive after a name met (Russian)', () => {
  it('is no one met', () => {
    expect(
      met(
        `${russianVisit('Озёрск')}В программе – беседа с настоятелем храма Олегом Петровичем ` +
          'Тюриным о древних и новых святынях Северного Саяна, а также лекция.',
      ),
    ).toEqual(['Олег Петрович Тюрин']);
  });
});

describe('the head of a municipality named in quotation marks (Russian)', () => {
  it('keeps the municipality in his title', () => {
    expect(
      roles(
        `${russianVisit('Озёрск')}В селе Ключи он встретится с главой муниципального ` +
          'образования «Озёрский район» Олегом Петровичем Тюриным.',
      ),
    ).toEqual([['Олег Петрович Тюрин', 'глава муниципального образования «Озёрский район»', null]]);
  });
});

describe('one who took part in a meeting with the public (Russian)', () => {
  it('has the office the sentence gives', () => {
    expect(
      roles(
        `${russianVisit('Озёрск')}Во встрече с представителями общественности приняла участие ` +
          'председатель Ассоциации озёрцев Ключара Нина Павловна Грумова.',
      ),
    ).toEqual([['Нина Павловна Грумова', 'председатель', 'Ассоциация озёрцев Ключара']]);
  });
});

describe('the head of the place a sentence opens in, named by its noun alone (Russian)', () => {
  const visit = russianVisit('Озёрск');

  it('heads a museum named before him', () => {
    expect(
      roles(
        `${visit}В Озёрском краеведческом музее гостя встретила заведующая музеем Нина ` +
          'Павловна Грумова.',
      ),
    ).toEqual([['Нина Павловна Грумова', 'заведующая', 'Озёрский краеведческий музей']]);
  });

  it('heads a school named before a colon', () => {
    expect(
      roles(
        `${visit}Завершилась поездка в Ключевской средней школе: директору школы Нине ` +
          'Павловне Грумовой гости вручили грамоту.',
      ),
    ).toEqual([['Нина Павловна Грумова', 'директор', 'Ключевская средняя школа']]);
  });

  it('heads a church named with its saint, his rank left out', () => {
    expect(
      roles(
        `${visit}В храме Святого Луки, где служба идёт на озёрском языке, учёных встретил ` +
          'настоятель храма иерей Олег Тюрин.',
      ),
    ).toEqual([['Олег Тюрин', 'настоятель', 'храм Святого Луки']]);
  });

  it('leaves the office as written when the place’s name goes on (guard)', () => {
    expect(
      roles(
        `${visit}В Озёрском музее Ключара на главной площади пройдёт встреча с директором музея ` +
          'Олегом Петровичем Тюриным.',
      ),
    ).toEqual([['Олег Петрович Тюрин', 'директор музея', null]]);
  });

  it('leaves the office of another place as written (guard)', () => {
    expect(
      roles(`${visit}В Озёрском музее гостя встретил директор школы Олег Петрович Тюрин.`),
    ).toEqual([['Олег Петрович Тюрин', 'директор школы', null]]);
  });

  it('names the district whose head is named by its noun alone', () => {
    expect(
      roles(
        `${visit}10 декабря делегация проведёт в Ключевском районе, где пройдёт встреча с главой ` +
          'района Олегом Петровичем Тюриным.',
      ),
    ).toEqual([['Олег Петрович Тюрин', 'глава Ключевского района', null]]);
  });
});
