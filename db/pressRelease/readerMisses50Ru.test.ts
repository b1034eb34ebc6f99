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
