import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const inRegion = (region: string) =>
  `26 ноября руководитель Федерального агентства Иван Смирнов посетил ${region}. ` +
  'Иван Смирнов встретился с министром культуры Ольгой Пыстиной. ';

const willVisit = (region: string) =>
  `26 ноября руководитель Федерального агентства Иван Смирнов посетит ${region}. ` +
  'Иван Смирнов встретится с министром культуры Ольгой Пыстиной. ';

describe('a meeting told by a conference held with someone (Russian)', () => {
  it('takes those named after «совещание с» as met', () => {
    expect(
      met(
        `${inRegion('Черкесск')}Затем состоялось совещание с председателем комитета Республики ` +
          'Зарият Казбековной Тебуевой и директором компании «Горэнерго» Алимбеком Узденовым.',
      ),
    ).toEqual(['Ольга Пыстина', 'Зарият Казбековна Тебуева', 'Алимбек Узденов']);
  });
});

describe('one who went about with the visitor (Russian)', () => {
  it('takes the one named after «вместе с» once the visitor inspected something', () => {
    expect(
      met(
        `${inRegion('Нальчик')}Затем Иван Смирнов проинспектировал подстанцию в ущелье вместе ` +
          'с главой администрации района Русланом Гелястановым.',
      ),
    ).toEqual(['Ольга Пыстина', 'Руслан Гелястанов']);
  });

  it('takes the one named after «вместе с» when the subject is the visitor’s office alone', () => {
    expect(
      met(
        `${willVisit('Саранск')}Руководитель вместе с директором Республиканской библиотеки ` +
          'имени И. И. Петрова Мариной Степановной Кирдяшкиной откроет читальный зал.',
      ),
    ).toEqual(['Ольга Пыстина', 'Марина Степановна Кирдяшкина']);
  });
});

describe('one who joined the talks (Russian)', () => {
  it('takes the one named after «к обсуждению присоединился» as met', () => {
    expect(
      met(
        `${inRegion('Магас')}Позднее к обсуждению присоединился директор АО «Горсети» ` +
          'Ибрагим Костоев.',
      ),
    ).toEqual(['Ольга Пыстина', 'Ибрагим Костоев']);
  });

  it('takes none who joined something else', () => {
    expect(met(`${inRegion('Магас')}Позднее к делегации присоединился Пётр Корнеев.`)).toEqual([
      'Ольга Пыстина',
    ]);
  });
});

describe('a head named after his title who will present something (Russian)', () => {
  it('takes the subject of «представит …» as met', () => {
    expect(
      met(
        `${willVisit('Петрозаводск')}Председатель Общества вепсской культуры Пётр Лампи ` +
          'представит на нём новый учебник.',
      ),
    ).toEqual(['Ольга Пыстина', 'Пётр Лампи']);
  });
});

describe('a saint’s name in a body’s name and a Balkan woman’s surname (Russian)', () => {
  it('names no saint, and gives a surname in «-ской» back as «-ска» after a Balkan name', () => {
    expect(
      met(
        `${inRegion('Скопье')}Затем он провёл переговоры с ректором Университета Святых ` +
          'Апостолов и Мучеников Снежаной Трпковской.',
      ),
    ).toEqual(['Ольга Пыстина', 'Снежана Трпковска']);
  });

  it('still gives a Polish woman’s surname in «-ской» back as «-ская»', () => {
    expect(
      met(`${inRegion('Варшаву')}Затем он встретился с ректором университета Эвой Ковальской.`),
    ).toEqual(['Ольга Пыстина', 'Эва Ковальская']);
  });
});

describe('foreign names of the Mediterranean declined (Russian)', () => {
  it('takes the organiser of what the visitor attends, a man in «-а», his surname in «-а»', () => {
    expect(
      met(
        `${willVisit('Мадрид')}Вечером он примет участие в круглом столе, организованном ` +
          'директором Итальянского культурного центра Джанлукой Мореттой.',
      ),
    ).toEqual(['Ольга Пыстина', 'Джанлука Моретта']);
  });

  it('keeps a Galician given name after an academy’s name', () => {
    expect(
      met(
        `${willVisit('Мадрид')}В среду он встретится с президентом Королевской академии ` +
          'Шосе Ригейро Пенелой.',
      ),
    ).toEqual(['Ольга Пыстина', 'Шосе Ригейро Пенела']);
  });

  it('gives back a surname in the genitive after a given name that does not decline', () => {
    expect(
      met(
        `${inRegion('Милан')}Переговоры проходили с участием директора театра «Арена» ` +
          'Никколо Бертоллы.',
      ),
    ).toEqual(['Ольга Пыстина', 'Никколо Бертолла']);
  });
});
