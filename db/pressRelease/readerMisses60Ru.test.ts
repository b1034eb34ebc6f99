import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a pilgrim’s or a cleric’s style joined to a given name by a hyphen (Russian)', () => {
  it('leaves «-хаджи» out of the name', () => {
    const read = met(
      `${talks('Махачкалу')}Вечером делегацию примет имам соборной мечети Ибадулла-хаджи ` +
        'Кахриманов, который покажет библиотеку.',
    );
    expect(read).toContain('Ибадулла Кахриманов');
    expect(read).not.toContain('Ибадулла-хаджи Кахриманов');
  });

  it('leaves it out of a name in the instrumental too', () => {
    expect(
      met(`${talks('Казань')}Затем гости побеседовали с имамом мечети Рашидом-хазратом Галиевым.`),
    ).toContain('Рашид Галиев');
  });

  it('keeps a double given name whose second half is capitalised (guard)', () => {
    expect(
      met(
        `${talks('Грозный')}Гостей принял глава района Хамзат-Хаджи Адуев, рассказавший о школах.`,
      ),
    ).toContain('Хамзат-Хаджи Адуев');
  });
});

describe('a woman’s given name in stressed «-ия» in the instrumental (Russian)', () => {
  it('gives «-иёй» back as «-ия»', () => {
    const read = met(
      `${talks('Махачкалу')}Состоялась встреча с заведующей отделом фольклора Гульфиёй ` +
        'Рашидовной Алимурадовой, которая рассказала о словаре.',
    );
    expect(read).toContain('Гульфия Рашидовна Алимурадова');
  });
});

describe('the head of a body the visitors were at, named before (Russian)', () => {
  it('finds the body for a head named in the instrumental', () => {
    expect(
      roles(
        `${talks('Тверь')}В Озерецкой средней школе гости побеседовали с директором школы ` +
          'Верой Павловной Ковригиной о новых учебниках.',
      ).at(-1),
    ).toEqual(['Вера Павловна Ковригина', 'директор', 'Озерецкая средняя школа']);
  });

  it('finds the body visited, in the accusative, before the office of its head', () => {
    expect(
      roles(
        `${talks('Псков')}Затем гости посетили Центр вепсской культуры. Директор центра ` +
          'Марта Ивановна Корхонен показала собрание рукописей.',
      ).at(-1),
    ).toEqual(['Марта Ивановна Корхонен', 'директор', 'Центр вепсской культуры']);
  });

  it('finds the body visited before «где» and a bare office', () => {
    expect(
      roles(
        `${talks('Тверь')}Затем делегация посетит Озерецкую среднюю общеобразовательную ` +
          'школу, где директор Вера Павловна Луговая расскажет о новых учебниках.',
      ).at(-1),
    ).toEqual(['Вера Павловна Луговая', 'директор', 'Озерецкая средняя общеобразовательная школа']);
  });

  it('finds the body visited before a bare office and «которого»', () => {
    expect(
      roles(
        `${talks('Тверь')}Гости посетили Озерецкий краеведческий музей, директор которого ` +
          'Вера Павловна Луговая рассказала о промыслах.',
      ).at(-1),
    ).toEqual(['Вера Павловна Луговая', 'директор', 'Озерецкий краеведческий музей']);
  });
});

describe('words before a Russian name that are no title', () => {
  it('gives no title for an age alone', () => {
    expect(
      roles(
        `${talks('Тверь')}Главным событием дня стала встреча с 88-летней Марфой Ильиничной ` +
          'Ковригиной, которая спела старинные песни.',
      ).at(-1),
    ).toEqual(['Марфа Ильинична Ковригина', null, null]);
  });

  it('leaves the age out before an office', () => {
    expect(
      roles(`${talks('Тверь')}Гости встретились с 90-летним ветераном Петром Ильичом Сомовым.`).at(
        -1,
      ),
    ).toEqual(['Пётр Ильич Сомов', 'ветеран', null]);
  });

  it('leaves an aside in brackets after the name before out of the next title', () => {
    expect(
      roles(
        `${talks('Хабаровск')}Ректор встретился с главой поселения Марфой Ильиничной ` +
          'Ковригиной (из рода Сойкола) и председателем общины «Сойкола» Петром Ильичом ' +
          'Сомовым (род Сомо).',
      ).at(-1),
    ).toEqual(['Пётр Ильич Сомов', 'председатель', 'община «Сойкола»']);
  });
});

describe('the body a Russian head is of, named before in full (Russian)', () => {
  it('keeps the words of its name after the noun and whom it is named after', () => {
    expect(
      roles(
        `${talks('Элисту')}Гости посетили Институт степных и горных исследований Калмыкии ` +
          'имени Б. Б. Очирова. Директор института Церен Петрович Басанов рассказал о работе.',
      ).at(-1),
    ).toEqual([
      'Церен Петрович Басанов',
      'директор',
      'Институт степных и горных исследований Калмыкии имени Б. Б. Очирова',
    ]);
  });

  it('names no body for «в местной школе» (guard)', () => {
    expect(
      roles(
        `${talks('Тверь')}В местной школе гости побывали на уроке, после которого ректор ` +
          'побеседовал с учителем вепсского языка Марфой Ильиничной Ковригиной.',
      ).at(-1),
    ).toEqual(['Марфа Ильинична Ковригина', 'учитель вепсского языка', null]);
  });
});

describe('a woman’s office in «-ица» in the instrumental (Russian)', () => {
  it('gives it back in the nominative', () => {
    expect(
      roles(
        `${talks('Тверь')}Ректор встретился с учительницей вепсского языка Марфой Ильиничной ` +
          'Ковригиной.',
      ).at(-1),
    ).toEqual(['Марфа Ильинична Ковригина', 'учительница вепсского языка', null]);
  });
});
