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
      met(`${talks('Грозный')}Гостей принял глава района Хамзат-Хаджи Адуев, рассказавший о школах.`),
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
