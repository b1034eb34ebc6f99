import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a woman’s given name in «-ь», in the instrumental (Russian)', () => {
  it('gives «Любовью» back as «Любовь»', () => {
    const read = met(
      `${talks('Тверь')}Затем состоялась встреча с председателем общества краеведов Любовью ` +
        'Петровной Ершовой. Обсуждался музей.',
    );
    expect(read).toContain('Любовь Петровна Ершова');
    expect(read).not.toContain('Любовью Петровна Ершова');
  });
});

describe('one handed something, named in the dative by an office (Russian)', () => {
  it('reads one named after the verb, before what was handed', () => {
    const read = met(
      `${talks('Тверь')}В Старице гость вручит директору сельской школы Мадине Аслановне ` +
        'Хачецуко набор книг, изданных музеем, и посетит храм.',
    );
    expect(read).toContain('Мадина Аслановна Хачецуко');
  });

  it('reads one named first, before the subject and the verb', () => {
    const read = met(
      `${talks('Тверь')}Директору районного музея Ольге Степановне Ветте ректор передаст ` +
        'копии старых карт.',
    );
    expect(read).toContain('Ольга Степановна Ветта');
  });

  it('reads a double given name in the dative, each half back to «-а»', () => {
    const read = met(
      `${talks('Кяхту')}Поездка завершилась в школе: директору школы Дарме-Сэлме ` +
        'Бадмаевне Цыреновой гости вручили грамоту, после чего осмотрели музей.',
    );
    expect(read).toContain('Дарма-Сэлма Бадмаевна Цыренова');
  });
});

describe('hosts who awaited the guests, named after the verb (Russian)', () => {
  it('reads both named after «ждали»', () => {
    const read = met(
      `${talks('Петрозаводск')}В селе Лесном учёных ждали председатель общины вепсов Нина ` +
        'Павловна Кузькина и староста села Пётр Ильич Тойвонен. Обсуждался музей.',
    );
    expect(read).toContain('Нина Павловна Кузькина');
    expect(read).toContain('Пётр Ильич Тойвонен');
  });
});

describe('a reception «у» someone, named in the genitive (Russian)', () => {
  it('reads the host of «приём у» in the nominative', () => {
    expect(
      roles(
        `${talks('Тверь')}Второй встречей стал приём у заместителя главы города Торжка ` +
          'Тимура Аслановича Бжедугова. Обсуждался музей.',
      ).at(-1),
    ).toEqual(['Тимур Асланович Бжедугов', 'заместитель главы города Торжка', null]);
  });
});

describe('a host who showed the visiting scholars something (Russian)', () => {
  it('reads the head named before «показал учёным»', () => {
    const read = met(
      `${talks('Тверь')}Руководитель сельского музея Тимур Русланович Цицкишвили показал ` +
        'учёным собрание ковров. Обсуждался музей.',
    );
    expect(read).toContain('Тимур Русланович Цицкишвили');
  });
});

describe('one spoken of, after «об» and a long apposition (Russian)', () => {
  it('reads no one met in a lecture about a man of the past', () => {
    const read = met(
      `${talks('Кяхту')}Затем состоялась беседа с настоятелем храма Петром Ильичом Гороховым, ` +
        'а также лекция для жителей об уроженце Забайкалья, востоковеде и путешественнике ' +
        'Николае Цыденове.',
    );
    expect(read).toContain('Пётр Ильич Горохов');
    expect(read.some((n) => n.includes('Цыден'))).toBe(false);
  });
});

describe('a man of a past century, named after it (Russian)', () => {
  it('reads one named after «XVIII века» as no one met', () => {
    const read = met(
      `${talks('Майкоп')}В ауле гостей встретил глава поселения Тимур Аскерович Бжассо, ` +
        'показавший место, где по преданию стоял дом черкесского князя XVIII века Джамбулата ' +
        'Болотоко.',
    );
    expect(read).toContain('Тимур Аскерович Бжассо');
    expect(read.some((n) => n.includes('Болотоко'))).toBe(false);
  });
});

describe('guards: one whose message was handed on is not met (Russian)', () => {
  it('reads no one in the genitive after «послание», handed to the head of state', () => {
    const read = met(
      `${talks('Тверь')}Иван Смирнов передал главе государства послание Президента ` +
        'Республики Баргистан Давлатали Кодирова, стороны обсудили праздник.',
    );
    expect(read.some((n) => n.includes('Кодиров'))).toBe(false);
  });
});

describe('the title of one met next, after «а затем –» (Russian)', () => {
  it('reads no «затем» in the title', () => {
    const read = roles(
      `${talks('Тверь')}Во второй день состоялась встреча с главой района Игорем Петровичем ` +
        'Лосевым, а затем – с председателем совета ветеранов Анной Ивановной Беловой.',
    );
    expect(read.find((r) => r[0] === 'Анна Ивановна Белова')?.[1]).toBe(
      'председатель совета ветеранов',
    );
  });
});
