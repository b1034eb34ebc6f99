import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

describe('a city in the prepositional before a name is no part of it', () => {
  it('reads «ректором Университета Я в Любляне A B» as A B (Russian)', () => {
    expect(
      roles(
        `${russianVisit('Любляну')}В тот же день состоялись переговоры с ректором Университета Прешерна в Любляне Мартиной Кожелевой о работе центра.`,
      ),
    ).toEqual([['Мартина Кожелева', 'ректор', 'Университет Прешерна в Любляне']]);
  });

  it('reads a city after «во» and «на» before a name (Russian)', () => {
    expect(
      met(
        `${russianVisit('Брно')}Делегация была принята директором Института языка во Вроцлаве Томашем Новаком.`,
      ),
    ).toEqual(['Томаш Новак']);
    expect(
      met(
        `${russianVisit('Киото')}Затем состоялась встреча с консулом на Хоккайдо Кендзи Ямадой.`,
      ),
    ).toEqual(['Кендзи Ямада']);
  });

  it('reads a known city in the prepositional before a name in the nominative (Russian)', () => {
    expect(
      met(
        `${russianVisit('Минск')}Переговоры провёл проректор Академии искусств в Минске Андрей Ковальчук.`,
      ),
    ).toEqual(['Андрей Ковальчук']);
  });
});

describe('a body named after a person keeps that name in the genitive', () => {
  it('reads «ректором Университета A B в Городе C D»: only C D is met (Russian)', () => {
    expect(
      roles(
        `${russianVisit('Загреб')}Затем делегация была принята ректором Университета Юрия Крижанича в Осиеке Драганом Маричем.`,
      ),
    ).toEqual([['Драган Марич', 'ректор', 'Университет Юрия Крижанича в Осиеке']]);
  });

  it('reads a genitive name before the one met with nothing between (Russian)', () => {
    expect(
      met(
        `${russianVisit('Баку')}Состоялась встреча с директором Музея Низами Гянджеви Рафаэлем Гусейновым.`,
      ),
    ).toEqual(['Рафаэль Гусейнов']);
  });

  it('reads «имени A B» before a name in the dative (Russian)', () => {
    expect(
      roles(
        `${russianVisit('Москву')}Затем гости нанесли визит ректору Университета имени Михаила Ломоносова Виктору Кравцову.`,
      ),
    ).toEqual([['Виктор Кравцов', 'ректор', 'Университет имени Михаила Ломоносова']]);
    expect(
      met(
        `${russianVisit('Казань')}Делегация нанесла визит директору библиотеки имени Николая Лобачевского Ирине Сафиной.`,
      ),
    ).toEqual(['Ирина Сафина']);
  });

  it('reads one paid a visit in the dative before a meeting with others «с …» (Russian)', () => {
    expect(
      roles(
        `${russianVisit('Москву')}Затем гости нанесли визит директору Института имени Петра Капицы Олегу Кузьмину и встретились с молодыми учёными института.`,
      ),
    ).toEqual([['Олег Кузьмин', 'директор', 'Институт имени Петра Капицы']]);
  });
});

describe('one spoken of in the prepositional is not met', () => {
  it('leaves out «вспоминали о старшем матросе A B» (Russian)', () => {
    expect(
      met(
        `${russianVisit('Дакку')}Затем делегация была принята мэром города Сергеем Павловым. Участники встречи вспоминали о старшем лейтенанте Николае Гречко, погибшем в 1973 году.`,
      ),
    ).toEqual(['Сергей Павлов']);
  });

  it('leaves out «говорили об академике A B» and «о Марии Ивановой» (Russian)', () => {
    expect(
      met(
        `${russianVisit('Ереван')}На встрече с ректором университета Ашотом Саркисяном говорили об академике Викторе Амбарцумяне и о Марии Ивановой.`,
      ),
    ).toEqual(['Ашот Саркисян']);
  });
});

describe('Arabic names with «бинт», «бен», «ибн», «Абу», «Умм» and a separate «Аль»', () => {
  it('reads a woman\'s name with «бинт» after a title, in the nominative (Russian)', () => {
    expect(
      met(
        `${russianVisit('Маскат')}28 ноября в Салале российского гостя приняла заместитель министра по делам туризма Султаната Оман Мариам бинт Халид Аль Рашди.`,
      ),
    ).toEqual(['Мариам бинт Халид Аль Рашди']);
  });

  it('reads «Абу A B Аль C» in the instrumental (Russian)', () => {
    expect(
      roles(
        `${russianVisit('Маскат')}Затем состоялась встреча с директором Оманского национального музея Абу Хасаном Джамалем Аль Балуши, который провёл экскурсию.`,
      ),
    ).toEqual([['Абу Хасан Джамаль Аль Балуши', 'директор', 'Оманский национальный музей']]);
  });

  it('reads «Умм A B Аль C» in the instrumental and «ибн» in the dative (Russian)', () => {
    expect(
      met(
        `${russianVisit('Дубай')}Делегация провела переговоры с генеральным директором Библиотеки Дубая Умм Хани Рашид Аль Фаласи.`,
      ),
    ).toEqual(['Умм Хани Рашид Аль Фаласи']);
    expect(
      met(
        `${russianVisit('Эр-Рияд')}Делегация нанесла визит министру культуры Королевства Юсуфу ибн Ахмеду Аль Сауди.`,
      ),
    ).toEqual(['Юсуф ибн Ахмед Аль Сауди']);
  });

  it('reads «бен» and a hyphenated «аль-» in the instrumental (Russian)', () => {
    expect(
      met(
        `${russianVisit('Шарджу')}Делегация была принята председателем Управления культуры Шарджи шейхом Султаном бен Халидом аль-Кабани.`,
      ),
    ).toEqual(['Султан бен Халид аль-Кабани']);
  });
});
