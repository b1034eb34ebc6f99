import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с главой района Олегом Тюриным. ` +
  'Стороны обсудили экспедиции. ';

describe('one whose stories or songs the visitors recorded, in the genitive (Russian)', () => {
  it('reads a storyteller named in full after her craft', () => {
    expect(
      roles(
        `${talks('Кудымкар')}Лингвисты записали рассказы сказительницы по вышивке Марфы ` +
          'Семёновны Пинегиной, которой в этом году исполнилось 80 лет.',
      ).at(-1),
    ).toEqual(['Марфа Семёновна Пинегина', 'сказительница по вышивке', null]);
  });

  it('reads an elder of a village, her name in her language in brackets', () => {
    expect(
      roles(
        `${talks('Кудымкар')}Сотрудники института записали воспоминания старейшины деревни ` +
          'Прасковьи Андреевны Лыжиной (по-вепсски – Праско), одной из немногих, кто помнит ' +
          'старую жизнь.',
      ).at(-1),
    ).toEqual(['Прасковья Андреевна Лыжина', 'старейшина деревни', null]);
  });

  it('reads a name of two words after songs and tales', () => {
    expect(
      met(
        `${talks('Кудымкар')}Фольклористы записали песни и сказки старейшины Зульфии ` +
          'Каримовой, помнящей жизнь в долине до войны.',
      ),
    ).toContain('Зульфия Каримова');
  });

  it('reads a man named so, with no title when it is set off by a dash', () => {
    expect(
      roles(
        `${talks('Кудымкар')}Учёные записали рассказы одного из последних знатоков языка – ` +
          'Николая Петровича Лобанова, которому исполнилось 90 лет.',
      ).at(-1),
    ).toEqual(['Николай Петрович Лобанов', null, null]);
  });

  it('leaves songs of a body, and one the stories are about (guard)', () => {
    expect(
      met(
        `${talks('Кудымкар')}Студенты записали песни ансамбля «Рябинушка» и воспоминания о ` +
          'поэте Фёдоре Ивановиче Крылове.',
      ),
    ).toEqual(['Олег Тюрин']);
  });
});

describe('the head of a group that performs for the visitors (Russian)', () => {
  it('reads one named after «под руководством»', () => {
    expect(
      met(
        `${talks('Кудымкар')}Вечером для гостей выступит фольклорный ансамбль «Зарни» под ` +
          'руководством Галины Степановны Окуловой.',
      ),
    ).toContain('Галина Степановна Окулова');
  });

  it('leaves an expedition’s head, the visitor’s own (guard)', () => {
    expect(
      met(
        `${talks('Кудымкар')}Экспедиция под руководством профессора Игоря Вершинина ` +
          'работает в районе с 2015 года.',
      ),
    ).toEqual(['Олег Тюрин']);
  });
});

describe('the keeper of a place who shows or tells the visitors something (Russian)', () => {
  it('reads one named by «его» and her role after the place', () => {
    const read = met(
      `${talks('Кудымкар')}В сельском музее его хранительница Ирина Павловна Клюкина ` +
        'показала старинные книги, напечатанные по системе просветителя Петра Ивановича ' +
        'Сорокина.',
    );
    expect(read).toContain('Ирина Павловна Клюкина');
    expect(read).not.toContain('Пётр Иванович Сорокин');
  });

  it('reads a teacher in a clause on the place, who tells of something', () => {
    expect(
      met(
        `${talks('Кудымкар')}Затем учёные поднялись в селение Верхнее, где учитель ` +
          'вепсского языка Аркадий Лесков рассказал о попытках вернуть язык в школу.',
      ),
    ).toContain('Аркадий Лесков');
  });
});

describe('the title of one met, read back to its nominative (Russian)', () => {
  it('reads a body whose noun is two joined by a hyphen, both declined', () => {
    expect(
      roles(
        `${talks('Кудымкар')}Затем состоялась встреча с директором Лесной школы-интерната ` +
          'Марией Петровной Коровиной.',
      ).at(-1),
    ).toEqual(['Мария Петровна Коровина', 'директор', 'Лесная школа-интернат']);
  });

  it('leaves «затем» between «а» and «с» out of the title', () => {
    expect(
      roles(
        `${russianVisit('Кудымкар')}Он встретится с главой района Игорем Зыряновым, а затем с ` +
          'председателем общества вепсов «Вепся» Павлом Ильичом Лукиным.',
      ).at(-1),
    ).toEqual(['Павел Ильич Лукин', 'председатель', 'общество вепсов «Вепся»']);
  });

  it('reads the head of a group met with it as its «руководитель», the group his body', () => {
    expect(
      roles(
        `${talks('Кудымкар')}В селе гостей встретил народный хор «Рябинка» во главе со своим ` +
          'руководителем Анной Сергеевной Пыжовой.',
      ).at(-1),
    ).toEqual(['Анна Сергеевна Пыжова', 'руководитель', 'народный хор «Рябинка»']);
  });

  it('reads the head of a school just visited, named by «директор школы», as its director', () => {
    expect(
      roles(
        `${talks('Кудымкар')}Затем делегация посетила Лесную среднюю школу, где директор ` +
          'школы Ольга Ивановна Мошева показала музей.',
      ).at(-1),
    ).toEqual(['Ольга Ивановна Мошева', 'директор', 'Лесная средняя школа']);
  });

  it('leaves the head of another body than the place visited as he is (guard)', () => {
    expect(
      roles(
        `${talks('Кудымкар')}Затем делегация посетила Лесную среднюю школу, где её встретил ` +
          'директор музея Пётр Ильич Мошев.',
      ).at(-1),
    ).toEqual(['Пётр Ильич Мошев', 'директор музея', null]);
  });

  it('reads the place a keeper named by «его» heads from the locative opening the sentence', () => {
    expect(
      roles(
        `${talks('Кудымкар')}В городской художественной галерее её хранительница Ирина ` +
          'Павловна Клюкина рассказала о коллекции.',
      ).at(-1),
    ).toEqual(['Ирина Павловна Клюкина', 'хранительница', 'городская художественная галерея']);
  });
});
