import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a foreign woman’s given name in "-и" that does not decline (Russian)', () => {
  it('keeps it before her names in the instrumental, after a body in the genitive', () => {
    const read = met(
      `${talks('Мвамбези')}Затем Иван Смирнов провёл переговоры с проректором по учебной ` +
        'работе Технического университета Ндалы Мэрси Нкандвой Чибалой.',
    );
    expect(read).toContain('Мэрси Нкандва Чибала');
    expect(read).not.toContain('Нкандва Чибалая');
  });

  it('reads her surname in "-ой" as a noun after a given name the list does not know', () => {
    expect(
      met(
        `${talks('Мвамбези')}Затем состоялась встреча с мэром города Мтумбаки Нкандвой ` +
          'Чибалой.',
      ),
    ).toContain('Нкандва Чибала');
  });

  it('reads a surname in "-ской" after such a given name as an adjective still (guard)', () => {
    expect(
      met(
        `${talks('Варшаву')}Затем состоялась встреча с директором библиотеки Здзиславой Вишневской.`,
      ),
    ).toContain('Здзислава Вишневская');
  });

  it('leaves out a Russian city before a known given name (guard)', () => {
    expect(
      met(`${talks('Пермь')}Затем состоялась встреча с мэром Перми Анной Сергеевной Жуковой.`),
    ).toContain('Анна Сергеевна Жукова');
  });
});

describe('a surname in "-их" that opens like an office’s word (Russian)', () => {
  it('reads it after a given name and a patronymic', () => {
    expect(
      met(
        `${russianVisit('Ижевск')}В ректорате гостей приветствовала ректор университета ` +
          'Ольга Сергеевна Главинских. Стороны подписали соглашение.',
      ),
    ).toContain('Ольга Сергеевна Главинских');
  });

  it('reads it after a given name alone', () => {
    expect(
      met(
        `${russianVisit('Ижевск')}Ректор университета Ольга Главинских рассказала гостям о ` +
          'кафедре.',
      ),
    ).toContain('Ольга Главинских');
  });
});

describe('the guests named as scholars, greeted by their host (Russian)', () => {
  it('reads the host who met «учёных»', () => {
    expect(
      met(
        `${russianVisit('Казань')}В храме Святой Троицы учёных встретил настоятель храма ` +
          'иерей Николай Ветров. Отец Николай показал гостям книги.',
      ),
    ).toContain('Николай Ветров');
  });
});

describe('one named after «Вместе с», his title holding a name in quotes (Russian)', () => {
  it('reads the rabbi of a synagogue named in quotes', () => {
    expect(
      met(
        `${russianVisit('Губу')}Вместе с раввином синагоги «Шалом» Давидом Мордуховым ` +
          'делегация осмотрела синагоги посёлка.',
      ),
    ).toContain('Давид Мордухов');
  });
});

describe('a host who acquaints the guests with something (Russian)', () => {
  it('reads «познакомила гостей с …» as a meeting with her', () => {
    expect(
      met(
        `${russianVisit('Глазов')}Председатель общественной организации «Мордва» Анна ` +
          'Петровна Кузякина познакомила гостей с праздничным костюмом.',
      ),
    ).toContain('Анна Петровна Кузякина');
  });
});

describe('a traditional office that opens the sentence (Russian)', () => {
  it('reads the elder of a community who held a meeting for the guests', () => {
    expect(
      met(
        `${russianVisit('Риоачу')}Старейшина общины Хуан де Диос Мендоса, традиционный ` +
          'посредник в спорах, провёл для гостей встречу с главами семей.',
      ),
    ).toContain('Хуан де Диос Мендоса');
  });

  it('reads a Wayuu palabrero so, the community named before him', () => {
    const read = met(
      `${russianVisit('Риоачу')}Палабреро общины Сарапуре Хосе де Хесус Сапиана, посредник ` +
        'между кланами, провёл для гостей встречу с главами семей.',
    );
    expect(read).toContain('Хосе де Хесус Сапиана');
    expect(read).not.toContain('Сарапуре Хосе де Хесус Сапиана');
  });
});

describe('a host who hands the guests or their body something (Russian)', () => {
  it('reads «передала институту …» as a meeting with her', () => {
    expect(
      met(
        `${russianVisit('Казань')}В селе сотрудники института записали песни хора. ` +
          'Руководитель хора Анна Петровна Кузякина передала институту копии фотографий.',
      ),
    ).toContain('Анна Петровна Кузякина');
  });
});

describe('the field of an office before the body it is held in (Russian)', () => {
  it('keeps «по учебной работе» in the title and reads the university as the body', () => {
    expect(
      roles(
        `${russianVisit('Самару')}Затем состоялась встреча с проректором по учебной работе ` +
          'Технического университета Ндалы Петром Ивановичем Гусевым.',
      ),
    ).toContainEqual([
      'Петр Иванович Гусев',
      'проректор по учебной работе',
      'Технический университет Ндалы',
    ]);
  });

  it('keeps a place after the field in the title, no body (guard)', () => {
    expect(
      roles(
        `${russianVisit('Макао')}Затем состоялась встреча с секретарём по вопросам культуры ` +
          'САР Макао Олегом Ивановичем Гусевым.',
      ),
    ).toContainEqual(['Олег Иванович Гусев', 'секретарь по вопросам культуры САР Макао', null]);
  });
});
