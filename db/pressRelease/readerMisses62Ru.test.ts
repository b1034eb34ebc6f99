import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

const talks = (city: string) =>
  `${russianVisit(city)}Иван Смирнов провёл переговоры с министром культуры Ольгой Пыстиной. ` +
  'Стороны обсудили выставки. ';

describe('a place named by its adjective after the preposition opening a sentence (Russian)', () => {
  it('is no one met: «На Озёрском …»', () => {
    const read = met(
      `${talks('Москву')}На Озёрском учёных принял настоятель Никольского собора протоиерей ` +
        'Павел Иванович Суров.',
    );
    expect(read).toEqual(['Ольга Пыстина', 'Павел Иванович Суров']);
  });

  it('is no one met: «В Липовском …»', () => {
    const read = met(
      `${talks('Москву')}Поездка завершилась в Заречье. В Липовском делегацию принял глава ` +
        'городского округа Сосновка Павел Иванович Суров; гости посетили музей росписи, где ' +
        'познакомились с рукописями.',
    );
    expect(read).toEqual(['Ольга Пыстина', 'Павел Иванович Суров']);
  });
});

describe('the founder of a place long ago, named after the year (Russian)', () => {
  it('is no one met', () => {
    const read = met(
      `${talks('Москву')}25 ноября учёные посетили Никольскую общину, где их встретил ` +
        'наставник общины Павел Иванович Суров. Беседа была посвящена судьбе библиотеки ' +
        'Никольского кладбища, основанного в 1788 году купцом Фомой Заречиным.',
    );
    expect(read).not.toContain('Фома Заречин');
    expect(read).toContain('Павел Иванович Суров');
  });
});

describe('one a memorial is named after (Russian)', () => {
  it('is no one met', () => {
    const read = met(
      `${talks('Ереван')}В Мегри ректор встретится с мэром города Ашотом Гургеновичем ` +
        'Петросяном и возложит цветы к мемориалу Сурена Ованесе.',
    );
    expect(read).not.toContain('Сурена Ованесе');
    expect(read).toContain('Ашот Гургенович Петросян');
  });
});

describe('one the guests agreed with, named after «где с» (Russian)', () => {
  it('is met', () => {
    const read = met(
      `${talks('Петрозаводск')}Затем гости побывали в Институте истории Озёрского научного ` +
        'центра, где с директором института Олегом Викторовичем Рёппиевым договорились о ' +
        'совместной практике студентов.',
    );
    expect(read).toContain('Олег Викторович Рёппиев');
  });
});

describe('a performer who performed for the guests and talked with the visitor (Russian)', () => {
  it('is met, with his calling as his title', () => {
    expect(
      roles(
        `${talks('Бишкек')}У мавзолея для гостей исполнил отрывок эпоса сказитель Нурбек ` +
          'Токоев, ученик известного сказителя Саякбая Оморова. После выступления Иван Смирнов ' +
          'и Нурбек Токоев обсудили, как записывать исполнителей.',
      ).at(-1),
    ).toEqual(['Нурбек Токоев', 'сказитель', null]);
  });
});

describe('a craftsman whose workshop the guests visit, with his style (Russian)', () => {
  const visit = (name: string) =>
    roles(
      `${talks('Баку')}В среду гости посетят Ордубад. Там запланированы встреча с директором ` +
        `Ордубадского музея Севиль Алиевой и посещение мастерской мастера-гончара уста ${name} ` +
        '(Eldar Hüseynzadə), который изготовит для гостей памятную вазу.',
    );

  it('is met, his craft his title and the style none of it', () => {
    expect(visit('Эльдара Гусейнова').find(([n]) => n.startsWith('Эльдар'))).toEqual([
      'Эльдар Гусейнов',
      'мастер-гончар',
      null,
    ]);
  });

  it('is met in the nominative when his surname does not decline', () => {
    expect(visit('Эльдара Гусейнзаде').find(([n]) => n.startsWith('Эльдар'))).toEqual([
      'Эльдар Гусейнзаде',
      'мастер-гончар',
      null,
    ]);
  });
});

describe('a craftsman’s style after his title (Russian)', () => {
  it('is none of the title, nor is his craft’s being hereditary', () => {
    expect(
      roles(
        `${talks('Душанбе')}В старом городе гости побеседовали с потомственным ` +
          'мастером-чеканщиком усто Рахимом Назаровым, чья семья делает посуду.',
      ).at(-1),
    ).toEqual(['Рахим Назаров', 'мастер-чеканщик', null]);
  });
});

describe('the head of a body’s council (Russian)', () => {
  it('heads the council of the body named after it', () => {
    expect(
      roles(
        `${talks('Москву')}В тот же день состоялась беседа с председателем Совета Озёрской ` +
          'старообрядческой общины Никольского кладбища Анной Петровной Суровой.',
      ).at(-1),
    ).toEqual([
      'Анна Петровна Сурова',
      'председатель Совета',
      'Озёрская старообрядческая община Никольского кладбища',
    ]);
  });

  it('keeps the council of a place’s elders in the title', () => {
    expect(
      roles(
        `${talks('Ереван')}В Мегри ректор встретится с председателем Совета старейшин общины ` +
          'Мегри Ашотом Гургеновичем Петросяном.',
      ).at(-1),
    ).toEqual(['Ашот Гургенович Петросян', 'председатель Совета старейшин общины Мегри', null]);
  });
});

describe('a mufti of a body (Russian)', () => {
  it('is the mufti of that body, named in the nominative', () => {
    expect(
      roles(
        `${talks('Кишинёв')}Затем запланирована встреча с муфтием Исламского духовного ` +
          'объединения Молдовы Ильясом Петровичем Мусиным.',
      ).at(-1),
    ).toEqual(['Ильяс Петрович Мусин', 'муфтий', 'Исламское духовное объединение Молдовы']);
  });
});

describe('the head of a body the visitors went to, named by its noun (Russian)', () => {
  it('heads the community visited', () => {
    expect(
      roles(
        `${talks('Москву')}25 ноября учёные посетили Никольскую старообрядческую общину, где их ` +
          'встретил наставник общины Павел Иванович Суров.',
      ).at(-1),
    ).toEqual(['Павел Иванович Суров', 'наставник', 'Никольская старообрядческая община']);
  });

  it('keeps a body with its own capitalised adjective in the title', () => {
    expect(
      roles(
        `${talks('Минск')}В каменной мечети XIX века историки встретятся с имам-хатыбом ` +
          'Липовской мечети Ильясом Петровичем Мусиным и осмотрят книги.',
      ).at(-1),
    ).toEqual(['Ильяс Петрович Мусин', 'имам-хатыб Липовской мечети', null]);
  });

  it('heads the house-museum visited, named after someone by initials', () => {
    expect(
      roles(
        `${talks('Кишинёв')}Затем директор посетила Дом-музей А. Б. Петрова, где поэт жил в ` +
          '1820 году. Директор музея Анна Петровна Сурова показала гостье флигель.',
      ).at(-1),
    ).toEqual(['Анна Петровна Сурова', 'директор', 'Дом-музей А. Б. Петрова']);
  });

  it('heads the museum-reserve visited, its noun of two', () => {
    expect(
      roles(
        `${talks('Бишкек')}В воскресенье гости посетили государственный музей-заповедник ` +
          '«Озеро», где их встретил директор музея-заповедника Нурбек Токоев.',
      ).at(-1),
    ).toEqual(['Нурбек Токоев', 'директор', 'государственный музей-заповедник «Озеро»']);
  });
});

describe('the head of a body «его» stands for (Russian)', () => {
  it('heads the body the sentence is at', () => {
    expect(
      roles(
        `${talks('Бишкек')}Затем состоялась встреча в Озёрском государственном университете с ` +
          'его ректором Анной Петровной Суровой; университет предложил летнюю школу.',
      ).at(-1),
    ).toEqual(['Анна Петровна Сурова', 'ректор', 'Озёрский государственный университет']);
  });

  it('heads the body the sentence went round, named after an academician', () => {
    expect(
      roles(
        `${talks('Душанбе')}Затем он посетил Озёрский государственный университет имени ` +
          'академика Ивана Петрова и встретился с его ректором Анной Петровной Суровой.',
      ).at(-1),
    ).toEqual([
      'Анна Петровна Сурова',
      'ректор',
      'Озёрский государственный университет имени академика Ивана Петрова',
    ]);
  });
});

describe('an office of a body named by its adjective, in a body visited (Russian)', () => {
  it('is held in the body visited that has that adjective', () => {
    expect(
      roles(
        `${talks('Токио')}3 июня он выступил с лекцией в Озёрском университете и провёл беседу ` +
          'с профессором Озёрского университета Кэнтаро Мидзуно, историком.',
      ).at(-1),
    ).toEqual(['Кэнтаро Мидзуно', 'профессор', 'Озёрский университет']);
  });
});
