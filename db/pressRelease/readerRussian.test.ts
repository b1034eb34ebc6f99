import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

function met(text: string): string[] {
  return extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => p.name));
}

describe('reading a Russian release', () => {
  it('gives a patronymic-like surname in "-ичем" back its nominative: "Вольфовичем" → "Вольфович"', () => {
    expect(
      met(
        'Генеральный секретарь ОДКБ Имангали Тасмагамбетов 13–14 мая 2024 года посетил Минск, где встретился с Государственным секретарём Совета безопасности Александром Вольфовичем.',
      ),
    ).toEqual(['Александр Вольфович']);
  });

  it('reads initials written against the surname: "М.И.Даром", and never the visitor "С.Лебедев"', () => {
    expect(
      met(
        'Генеральный секретарь ШОС Чжан Мин провёл встречи с Министром иностранных дел Пакистана М.И.Даром и Председателем Сената Ю.Р.Гилани.',
      ),
    ).toEqual(['М.И. Дар', 'Ю.Р. Гилани']);
    expect(
      met(
        'Исполнительный секретарь СНГ Сергей Лебедев встретился с Министром иностранных дел Сироджиддином Мухриддином. Также С.Лебедев был принят Председателем Собрания Рустамом Эмомали.',
      ),
    ).toEqual(['Сироджиддин Мухриддин', 'Рустам Эмомали']);
  });

  it('keeps a hyphenated surname whole and leaves a hyphenated title out: "Вице-президентом Мохаммадом Мохбером"', () => {
    expect(
      met(
        'Генеральный секретарь ОЭС Хусрав Нозири провёл переговоры с Министром иностранных дел Хосейном Амир-Абдоллахияном и Вице-президентом Мохаммадом Мохбером.',
      ),
    ).toEqual(['Хосейн Амир-Абдоллахиян', 'Мохаммад Мохбер']);
  });

  it('leaves a country in the genitive out of the name: "Туркменистана Сердаром Бердымухамедовым"', () => {
    expect(
      met(
        'Генеральный секретарь Кубанычбек Омуралиев посетит Ашхабад. Запланированы встречи с Председателем Кабинета Министров Туркменистана Сердаром Бердымухамедовым.',
      ),
    ).toEqual(['Сердар Бердымухамедов']);
  });

  it('takes the visit dates of a sentence with no word of travel: "5 октября 2023 года в Анкаре был принят"', () => {
    const draft = extractDraft(
      'Генеральный секретарь Кубанычбек Омуралиев 5 октября 2023 года в Анкаре был принят Президентом Турецкой Республики Реджепом Тайипом Эрдоганом.',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2023-10-05', '2023-10-05']);
    expect(draft.visit.places[0]?.country).toBe('TR');
  });

  it('takes the place visited, not the dateline on its own line: "Вена, 28 февраля 2024 года"', () => {
    const draft = extractDraft(
      'Вена, 28 февраля 2024 года\n\nГенеральный секретарь ОБСЕ Хельга Мария Шмид 26–27 февраля находилась в Ереване. Она встретилась с Премьер-министром Армении Николом Пашиняном.',
    );
    expect(draft.visit.places[0]?.country).toBe('AM');
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2024-02-26', '2024-02-27']);
  });

  it('does not take the page\'s numeric publication stamp for the visit: "Опубликовано: 20.11.2023"', () => {
    const draft = extractDraft(
      'Опубликовано: 20.11.2023\n\nГенеральный секретарь ОЭС Хусрав Нозири 14–15 ноября 2023 года находился с визитом в Тегеране.',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2023-11-14', '2023-11-15']);
    expect(draft.source_date).toBe('2023-11-20');
  });

  it('keeps topics short: "Обсуждены вопросы подготовки сессии Совета коллективной безопасности"', () => {
    const draft = extractDraft(
      'Генеральный секретарь 13 мая 2024 года посетил Минск, где встретился с Президентом Республики Беларусь Александром Лукашенко. Обсуждены вопросы подготовки сессии Совета коллективной безопасности и укрепления союзнических связей.',
    );
    const topics = draft.meetings.flatMap((m) => m.topics);
    expect(topics.length).toBeGreaterThan(0);
    for (const t of topics) expect(t.split(/\s+/).length).toBeLessThanOrEqual(5);
  });

  it('keeps a one-letter given name at the end of a sentence: "Министром иностранных дел КНР Ван И."', () => {
    expect(
      met(
        'Пекин, 18 января 2024 года – Генеральный секретарь ШОС Чжан Мин встретился сегодня с членом Политбюро ЦК КПК, Министром иностранных дел КНР Ван И.',
      ),
    ).toEqual(['Ван И']);
  });

  it('leaves a body named in the genitive out of the name after it: "Секретарём Совета безопасности Жогорку Кенеша Маратом Иманкуловым"', () => {
    expect(
      met(
        'Генеральный секретарь ОДКБ Имангали Тасмагамбетов 20 сентября 2024 года проведёт в Бишкеке переговоры с Министром обороны Бакытбеком Бекболотовым. Запланирована также встреча с Секретарём Совета безопасности Жогорку Кенеша Маратом Иманкуловым.',
      ),
    ).toEqual(['Бакытбек Бекболотов', 'Марат Иманкулов']);
  });

  it('finds the people of each clause: "был принят Президентом …, а также провёл встречу с Министром …"', () => {
    expect(
      met(
        'Исполнительный секретарь СНГ Сергей Лебедев был принят Президентом Республики Казахстан Касым-Жомартом Токаевым, а также провёл встречу с Министром иностранных дел Муратом Нуртлеу.',
      ),
    ).toEqual(['Касым-Жомарт Токаев', 'Мурат Нуртлеу']);
  });

  it('finds the host who receives the visitor: "Министр … Ерлан Карин принял Генерального секретаря … Кайрата Сарыбая"', () => {
    const draft = extractDraft(
      'Министр иностранных дел Республики Казахстан Ерлан Карин принял Генерального секретаря Совещания по взаимодействию и мерам доверия в Азии Кайрата Сарыбая.',
    );
    expect(draft.visit.traveller).toEqual({
      name: 'Кайрат Сарыбай',
      title: 'Генеральный секретарь',
    });
    expect(draft.meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual([
      'Ерлан Карин',
    ]);
  });

  it('finds the traveller of a Russian release by his title, and never as his own counterpart', () => {
    const draft = extractDraft(
      'Генеральный секретарь ОДКБ Имангали Тасмагамбетов провёл переговоры с Министром иностранных дел Арменией Араратом Мирзояном. Стороны обсудили вопросы региональной безопасности.',
    );
    expect(draft.visit.traveller?.name).toBe('Имангали Тасмагамбетов');
    expect(draft.meetings[0]?.topics).toEqual(['вопросы региональной безопасности']);
  });

  it('keeps "оглы" inside a name and gives a woman\'s first name its nominative: "Сахибой Гафаровой"', () => {
    expect(
      met(
        'Генеральный секретарь 15 мая 2024 года был принят Президентом Азербайджанской Республики Ильхамом Гейдар оглы Алиевым, а также провёл встречу с Председателем Милли Меджлиса Сахибой Гафаровой.',
      ),
    ).toEqual(['Ильхам Гейдар оглы Алиев', 'Сахиба Гафарова']);
  });

  it('gives a title after "с" its nominative, as the archive keeps titles: "Первым заместителем Министра"', () => {
    const titles = extractDraft(
      'Генеральный секретарь СВМДА Кайрат Сарыбай провёл встречи с Первым заместителем Министра иностранных дел Ержаном Ашикбаевым и Президентом Кыргызской Республики Садыром Жапаровым.',
    ).meetings.flatMap((m) => m.participants.map((p) => p.title));
    expect(titles).toEqual([
      'Первый заместитель Министра иностранных дел',
      'Президент Кыргызской Республики',
    ]);
  });
});
