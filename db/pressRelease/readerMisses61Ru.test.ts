import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a hyphenated given name in the dative (Russian)', () => {
  it('gives «-ю» of its second half back as «-й»', () => {
    const read = met(
      `${talks('Черкесск')}Слово было предоставлено председателю совета Айдар-Гирею ` +
        'Кемаловичу Шабанову, который подарил гостям книгу.',
    );
    expect(read).toContain('Айдар-Гирей Кемалович Шабанов');
  });
});

describe('a Muslim cleric’s style written small between given name and surname (Russian)', () => {
  it('leaves «хазрат» out of the name', () => {
    expect(
      roles(
        `${talks('Казань')}Делегация побывала в Арской соборной мечети, где с ней беседовал ` +
          'имам-хатыб мечети Рашид хазрат Галимзянов. Разговор шёл о проповедях.',
      ).at(-1),
    ).toEqual(['Рашид Галимзянов', 'имам-хатыб', 'Арская соборная мечеть']);
  });

  it('leaves it out in the instrumental too', () => {
    expect(
      met(`${talks('Уфу')}Затем гости встретились с муфтием Айратом хазратом Сабитовым.`),
    ).toContain('Айрат Сабитов');
  });
});

describe('the head of a district the visitors went to, named by its noun alone (Russian)', () => {
  it('names the district in his title, in the genitive', () => {
    expect(
      roles(
        `${talks('Пензу')}Во вторник делегация посетила Сосновоборский муниципальный округ. ` +
          'В Вазерках гостей встретил глава округа Ринат Ильясович Хайрутдинов.',
      ).at(-1),
    ).toEqual(['Ринат Ильясович Хайрутдинов', 'глава Сосновоборского муниципального округа', null]);
  });
});

describe('the author of works handed over, by initials in the genitive (Russian)', () => {
  it('is no one met', () => {
    const read = met(
      `${talks('Вильнюс')}Делегация провела совещание с сотрудниками посольства, а также ` +
        'передала в библиотеку общины собрание трудов Р. К. Сайфуллова и словари.',
    );
    expect(read).not.toContain('Р. К. Сайфуллова');
    expect(read).toContain('Ольга Пыстина');
  });
});

describe('a region named after its noun before a name that keeps its form (Russian)', () => {
  it('leaves the region in the title', () => {
    expect(
      roles(
        `${talks('Тбилиси')}Запланированы встречи с губернатором в регионе Самцхе-Мтавари ` +
          'Зурабом Кикнадзе и с директором школы.',
      ).at(-1),
    ).toEqual(['Зураб Кикнадзе', 'губернатор в регионе Самцхе-Мтавари', null]);
  });

  it('leaves it so when the name does not decline', () => {
    expect(
      met(
        `${talks('Тбилиси')}Запланированы встречи с уполномоченным в регионе Самцхе-Мтавари ` +
          'Гоги Кикнадзе и с директором школы.',
      ),
    ).toContain('Гоги Кикнадзе');
  });
});

describe('a community’s own office of one word opening a sentence before a name (Russian)', () => {
  it('is no part of the name (guard)', () => {
    const read = met(
      `${talks('Казань')}Гости встретились с имамом местной мечети Ринатом Сабитовым и ` +
        'прихожанами. Имам Ринат Сабитов рассказал о курсах для детей.',
    );
    expect(read).toContain('Ринат Сабитов');
    expect(read).not.toContain('Имам Ринат Сабитов');
  });
});

describe('a rabbi’s style «рав» before his name (Russian)', () => {
  it('is no part of his title', () => {
    expect(
      roles(
        `${talks('Ташкент')}Затем гости встретились с главным раввином общины равом Давидом ` +
          'Исааковичем Мошиашвили.',
      ).at(-1),
    ).toEqual(['Давид Исаакович Мошиашвили', 'главный раввин общины', null]);
  });
});

describe('the name a person is known by, in brackets after his own (Russian)', () => {
  it('is no second person met', () => {
    const read = met(
      `${talks('Сыктывкар')}Глава сельского поселения Андрей Петрович Канев (в деревне его ` +
        'знают как Педор Ондрей) познакомит гостей с проектом.',
    );
    expect(read).toContain('Андрей Петрович Канев');
    expect(read.filter((n) => n.startsWith('Педор'))).toEqual([]);
  });
});
