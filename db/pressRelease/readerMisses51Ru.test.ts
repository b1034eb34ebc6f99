import { describe, expect, it } from 'vitest';
import { met, russianVisit } from '../test/peopleMet.js';

// A release of a visit to Russia, told by its Russian host.
const hostedVisit =
  'Москва\n3 декабря 2026 г.\n\nСоюз архивистов принял делегацию архивов Непала\n\n' +
  'С 24 по 26 ноября в Москве находилась делегация Национального архива Непала.\n\n' +
  '24 ноября президент Союза архивистов Павел Лунин принял непальских коллег. ' +
  'Стороны обсудили оцифровку.\n\n';

describe('an executive director of the host, second of those who took part (Russian)', () => {
  it('is met, not read as the one who travels', () => {
    expect(
      met(
        `${hostedVisit}В беседе приняли участие вице-президент САР Нина Горская и ` +
          'исполнительный директор САР Олег Сорокин.',
      ),
    ).toContain('Олег Сорокин');
  });
});

describe('a minister of the host who took part in talks abroad (Russian)', () => {
  it('is met when her name is no Russian one, her office bare', () => {
    expect(
      met(
        `${russianVisit('Мапуту')}Здесь его принял министр энергетики Республики Мозамбик ` +
          'Жоао Мануэл Ситое. Во встрече также участвовала заместитель министра Селеште да ' +
          'Силва Нхака.',
      ),
    ).toContain('Селеште да Силва Нхака');
  });
  it('is met when his office names the host region', () => {
    expect(
      met(
        `${russianVisit('Чандигарх')}В тот же день в Пенджабе его принял главный министр штата Пенджаб Аджит ` +
          'Сингх Сандху. Во встрече участвовал министр транспорта Пенджаба Джасприт Сингх ' +
          'Ладди, который предложил испытания.',
      ),
    ).toContain('Джасприт Сингх Ладди');
  });
  it('is not read so when his name is a Russian one (a guard)', () => {
    expect(
      met(
        `${russianVisit('Мапуту')}Здесь его принял министр энергетики Республики Мозамбик ` +
          'Жоао Мануэл Ситое. Во встрече также участвовал заместитель министра Пётр Лаптев.',
      ),
    ).not.toContain('Пётр Лаптев');
  });
});

describe('a host who greeted the visitors, named after the verb (Russian)', () => {
  it('is met when the visitors are called colleagues', () => {
    expect(
      met(
        `${hostedVisit}25 ноября непальских коллег приветствовал Председатель Контрольной ` +
          'палаты Озёрской области Тагир Ильдарович Сабиров.',
      ),
    ).toContain('Тагир Ильдарович Сабиров');
  });
});

describe('a Russian host who invited the visitor to Russia (Russian)', () => {
  const invited =
    'Москва\n4 декабря 2026 г.\n\nАрбитражный суд принял делегацию суда Лаоса\n\n' +
    'Во вторник и среду по приглашению Председателя Арбитражного суда Российской Федерации ' +
    'Марины Озёрской в Москве с официальным визитом находился Председатель Народного суда ' +
    'Лаосской Народно-Демократической Республики Сомсак Кеовонг.\n\n';
  it('is met, and not read as the visitor', () => {
    expect(
      met(
        `${invited}Марина Озёрская приняла лаосскую делегацию в здании суда. Стороны обсудили ` +
          'подготовку судей.',
      ),
    ).toContain('Марина Озёрская');
  });
});

describe('a house named after its builder, in the genitive (Russian)', () => {
  it('is no one met', () => {
    expect(
      met(
        `${hostedVisit}25 ноября гости встретились с директором архива Ниной Горской, а ` +
          'вечером осмотрели Дом Озерова.',
      ),
    ).toEqual(['Павел Лунин', 'Нина Горская']);
  });
});
