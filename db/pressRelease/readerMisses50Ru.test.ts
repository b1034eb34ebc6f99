import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a surname in «-ёнок» whose vowel drops as it declines (Russian)', () => {
  it('gets its vowel back from the instrumental', () => {
    expect(
      met(
        `${talks('Минск')}Затем состоялась встреча с Министром спорта Республики Беларусь ` +
          'Андреем Петровичем Лисёнком, посвящённая турнирам.',
      ),
    ).toContain('Андрей Петрович Лисёнок');
  });
});

describe('a double surname whose halves take the hard and the soft ending (Russian)', () => {
  it('gives both halves back in the nominative', () => {
    expect(
      met(
        `${talks('Минск')}Здесь он был принят председателем Озёрского районного исполнительного ` +
          'комитета Степаном Петровичем Кротом-Малевичем, который рассказал о заводе.',
      ),
    ).toContain('Степан Петрович Крот-Малевич');
  });
});

describe('a name in Belarusian letters in brackets after the same name in Russian', () => {
  it('reads the same person once', () => {
    expect(
      met(
        `${talks('Минск')}Затем гость встретился с ректором Озёрского университета Андреем ` +
          'Петровичем Лисовским (Андрэй Пятровіч Лісоўскі). Стороны обсудили обмен студентами.',
      ),
    ).not.toContain('Андрэй Пятровіч Лісоўскі');
  });
});

describe('a host who met the guests, named after the verb (Russian)', () => {
  it('reads her before a second host who tells of work «с» someone', () => {
    expect(
      roles(
        `${talks('Петрозаводск')}9 июня делегация посетит деревню Озерки. Здесь её встретит ` +
          'заведующая музеем Анна Петровна Ларина, а руководитель Общества вепсов Озёрского ' +
          'края Степан Карлович Лумпи расскажет о работе с молодёжью.',
      ).slice(-2),
    ).toEqual([
      ['Анна Петровна Ларина', 'заведующая музеем', null],
      ['Степан Карлович Лумпи', 'руководитель', 'Общество вепсов Озёрского края'],
    ]);
  });
});

describe('a second meeting told with its verb left out for a dash (Russian)', () => {
  it('leaves the place out of the title', () => {
    expect(
      roles(
        `${talks('Махачкалу')}В селе Озерки гость встретился с главой сельского поселения ` +
          'Анной Петровной Лариной, а в селе Лумпи – с директором Лумпинской средней школы ' +
          'Степаном Карловичем Сорокиным.',
      ).at(-1),
    ).toEqual(['Степан Карлович Сорокин', 'директор', 'Лумпинская средняя школа']);
  });
});

describe('a town whose name is plural, after «В» opening the sentence (Russian)', () => {
  it('reads no person in it', () => {
    expect(
      met(
        `${talks('Азербайджан')}В Озерках делегацию принял глава исполнительной власти ` +
          'Озёрского района Рамиз Гасан оглы Сорокин.',
      ),
    ).toEqual(['Ольга Пыстина', 'Рамиз Гасан оглы Сорокин']);
  });
});

describe('a monk named by his one name in religion after his rank (Russian)', () => {
  it('reads him by that name, his name in the world in brackets left out', () => {
    expect(
      roles(
        `${talks('Псков')}Затем программа продолжится в Озёрском монастыре, где его примет ` +
          'наместник обители архимандрит Тихон (Лумпин).',
      ).at(-1),
    ).toEqual(['Тихон', 'наместник обители', null]);
  });
});

describe('a body’s adjectives alone after «в» before its noun (Russian)', () => {
  it('names no one', () => {
    expect(
      met(
        `${talks('Псков')}10 июня программа продолжится в Озёрско-Лумпинском Свято-Никольском ` +
          'монастыре, где гостя примет наместник обители Тихон Лумпин.',
      ),
    ).toEqual(['Ольга Пыстина', 'Тихон Лумпин']);
  });
});

describe('a release whose update is noted before its story (Russian)', () => {
  it('keeps the visitor, named later in the accusative, out of those met', () => {
    const text =
      'ОЗЁРСКИЙ КРАЕВЕДЧЕСКИЙ ЦЕНТР\n\nПетрозаводск, 3 июня 2026 г.\nОбновлено 5 июня 2026 г.: ' +
      'поездка продлена на один день.\n\nС 8 по 10 июня директор центра Анна Петровна Ларина ' +
      'совершит рабочую ' +
      'поездку в Псковскую область.\n\nВ Пскове запланирована встреча с министром культуры ' +
      'Ольгой Пыстиной. Затем программа продолжится в монастыре, где Анну Ларину примет ' +
      'наместник обители Тихон Лумпин.';
    expect(met(text)).not.toContain('Анну Ларину');
  });
});

describe('the head of a body’s presidium, written with a capital (Russian)', () => {
  it('reads the office and the body apart', () => {
    expect(
      roles(
        `${talks('Минск')}Затем гость встретился с Председателем Президиума Национальной ` +
          'академии наук Северии Андреем Петровичем Лисовским. Стороны обсудили обмен студентами.',
      ).at(-1),
    ).toEqual([
      'Андрей Петрович Лисовский',
      'Председатель Президиума',
      'Национальная академия наук Северии',
    ]);
  });
});
