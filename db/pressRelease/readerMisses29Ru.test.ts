import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('the Malay styles stand before a name, never in it (Russian)', () => {
  it('reads «Датук A binti B C» as the name with «бинти» inside', () => {
    expect(
      met(
        `${russianVisit('Куала-Лумпур')}Делегация была принята директором Национального архива Малайзии Датук Нурул Азиза бинти Мохд Таиб.`,
      ),
    ).toEqual(['Нурул Азиза бинти Мохд Таиб']);
  });

  it('reads «Дато Сри A бин B» declined, and «Датуком Сери»', () => {
    expect(
      met(
        `${russianVisit('Путраджайю')}Затем состоялась встреча с министром образования Малайзии Дато Сри Рамли бин Хашимом.`,
      ),
    ).toEqual(['Рамли бин Хашим']);
    expect(
      met(
        `${russianVisit('Путраджайю')}Затем состоялась встреча с министром туризма Малайзии Датуком Сери Фаридом Исмаилом.`,
      ),
    ).toEqual(['Фарид Исмаил']);
  });

  it('reads «Тан Шри», «Тан Сри», «Тун» and «Датин» before a name', () => {
    expect(
      met(
        `${russianVisit('Куала-Лумпур')}Переговоры провёл председатель совета директоров Малайзийского фонда культуры Тан Шри Мохамад Нор бин Юсоф.`,
      ),
    ).toEqual(['Мохамад Нор бин Юсоф']);
    expect(
      met(
        `${russianVisit('Куала-Лумпур')}Затем делегация встретилась с президентом Академии наук Малайзии Тан Сри Закри Абдул Хамидом.`,
      ),
    ).toEqual(['Закри Абдул Хамид']);
    expect(
      met(
        `${russianVisit('Куала-Лумпур')}Делегация была принята председателем Фонда наследия Тун Ахмадом Сархи.`,
      ),
    ).toEqual(['Ахмад Сархи']);
  });

  it('keeps the style out of the title', () => {
    expect(
      roles(
        `${russianVisit('Путраджайю')}Затем состоялась встреча с заместителем министра торговли Малайзии Датук Сери Ханифом бин Латифом.`,
      ),
    ).toEqual([['Ханиф бин Латиф', 'заместитель министра торговли Малайзии', null]]);
  });

  it('keeps «Тан» as a surname when no «Шри» follows', () => {
    expect(
      met(
        `${russianVisit('Сингапур')}Затем состоялась встреча с министром культуры Сингапура Тан Сэ Ленгом.`,
      ),
    ).toEqual(['Тан Сэ Ленг']);
  });
});

describe('a host who gives a dinner in honour of the guests is met (Russian)', () => {
  it('reads «A B дал ужин в честь делегации» and «дала обед», «устроил приём»', () => {
    expect(
      met(
        `${russianVisit('Ханой')}Вечером президент Академии общественных наук Вьетнама Фан Чунг Ли дал ужин в честь российской делегации.`,
      ),
    ).toEqual(['Фан Чунг Ли']);
    expect(
      met(
        `${russianVisit('Прагу')}Днём директор Национального музея Ирена Дворжакова дала обед в честь гостей.`,
      ),
    ).toEqual(['Ирена Дворжакова']);
    expect(
      met(
        `${russianVisit('Варшаву')}Вечером ректор Варшавского университета Марек Новицкий устроил торжественный приём в честь делегации.`,
      ),
    ).toEqual(['Марек Новицкий']);
  });
});

describe("a body's own-language name in parentheses, small words among it, names no one (Russian)", () => {
  it('reads «Совета Малайзии (A B дан C) D E дал ужин» as D E only', () => {
    expect(
      met(
        `${russianVisit('Куала-Лумпур')}Вечером председатель Совета по музеям Малайзии (Дева Музиум дан Галери) Ахмад Фаузи бин Исмаил дал ужин в честь делегации.`,
      ),
    ).toEqual(['Ахмад Фаузи бин Исмаил']);
  });
});

describe('each half of a double surname in «-ыной» declines (Russian)', () => {
  it('reads «Натальей Синицыной-Вороновой» as «Наталья Синицына-Воронова»', () => {
    expect(
      met(
        `${russianVisit('Казань')}Затем гости встретились с проректором университета Натальей Синицыной-Вороновой.`,
      ),
    ).toEqual(['Наталья Синицына-Воронова']);
  });
});

describe('a woman met after a body named after someone, her name read as a genitive (Russian)', () => {
  it('reads «ректором Академии имени Ильи Репина Еленой Шуваловой» as Елена Шувалова', () => {
    expect(
      met(
        `${russianVisit('Казань')}Затем делегация встретилась с ректором Консерватории имени Ивана Глинки Еленой Ковалёвой.`,
      ),
    ).toEqual(['Елена Ковалёва']);
  });
});

describe('weekdays told from the publication stamp (Russian)', () => {
  const release = (when: string) =>
    `Москва\nДата публикации: 4 декабря 2026 г.\n\nАкадемию посетила делегация из Греции\n\n${when} в Москве находилась делегация Афинского университета во главе с ректором Ниной Папа.`;
  it('reads «на прошлой неделе, со вторника по четверг» in the week before the stamp', () => {
    expect(visitOf(release('На прошлой неделе, со вторника по четверг,'))).toEqual({
      country: 'RU',
      start: '2026-11-24',
      end: '2026-11-26',
    });
  });
  it("reads «на этой неделе, с понедельника по среду» in the stamp's week", () => {
    expect(visitOf(release('На этой неделе, с понедельника по среду,'))).toEqual({
      country: 'RU',
      start: '2026-11-30',
      end: '2026-12-02',
    });
  });
  it('reads «на следующей неделе, со вторника по четверг» in the week after the stamp', () => {
    expect(
      visitOf(
        release('На следующей неделе, со вторника по четверг,').replace(
          'находилась',
          'будет находиться',
        ),
      ),
    ).toEqual({
      country: 'RU',
      start: '2026-12-08',
      end: '2026-12-10',
    });
  });
});

describe('the country gone to after «посетит с рабочим визитом» (Russian)', () => {
  it("reads the country visited, not the city of the visitor's body", () => {
    const text = `Казань, 4 декабря 2026 г.\n\nПредседатель Счётной палаты Казани посетит Ташкент\n\nС 10 по 12 декабря председатель Счётной палаты Казани Олег Ларин посетит с официальным визитом Узбекистан.`;
    expect(visitOf(text)).toMatchObject({ country: 'UZ', start: '2026-12-10', end: '2026-12-12' });
  });
});

describe('a host who will tell the guests of something is met (Russian)', () => {
  it('reads «Руководитель управления Б. Туяа расскажет о …»', () => {
    expect(
      met(
        `${russianVisit('Улан-Батор')}Также запланирована встреча с руководством Национального статистического комитета Монголии. Председатель комитета Б. Туяа расскажет о переписи населения.`,
      ),
    ).toEqual(['Б. Туяа']);
  });
  it('reads «A B покажет гостям …», «проведёт для делегации …»', () => {
    expect(
      met(`${russianVisit('Улан-Батор')}Директор музея Д. Энхбат покажет гостям новую экспозицию.`),
    ).toEqual(['Д. Энхбат']);
    expect(
      met(
        `${russianVisit('Улан-Батор')}Ректор университета О. Сарантуяа проведёт для делегации экскурсию по кампусу.`,
      ),
    ).toEqual(['О. Сарантуяа']);
  });
});

describe('a body named after a man with no «имени» before a name in the nominative (Russian)', () => {
  it('reads «директор Института Михаила Лермонтова Ядвига Ковальская» as Ядвига Ковальская', () => {
    expect(
      roles(
        `${russianVisit('Варшаву')}Вечером директор Института Михаила Лермонтова Ядвига Ковальская дала ужин в честь гостей.`,
      ),
    ).toEqual([['Ядвига Ковальская', 'директор', 'Институт Михаила Лермонтова']]);
  });
  it("reads a man's adjective surname the same way: «директор Института Николая Рериха Збигнев Ковальский»", () => {
    expect(
      met(
        `${russianVisit('Краков')}Днём директор Института Николая Рериха Збигнев Ковальский дал обед в честь делегации.`,
      ),
    ).toEqual(['Збигнев Ковальский']);
  });
});
