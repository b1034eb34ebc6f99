import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

describe('Russian names after a passive and in oblique cases', () => {
  it('reads the person who received the visitor, not the words after a later "с которым"', () => {
    expect(
      met(
        'Генеральный секретарь ОДКБ Таласбек Масадыков 4 марта 2025 года посетил Ереван. Т.Масадыков был принят заместителем Министра обороны Республики Армения Р.Г.Абрамяном, с которым обсудил подготовку учений.',
      ),
    ).toContain('Р.Г. Абрамян');
  });

  it('gives a woman\'s adjective surname after initials its nominative: "Т.П. Заречинской"', () => {
    expect(
      met(
        'Генеральный секретарь ОДКБ Таласбек Масадыков 4 марта 2025 года посетил Ереван, где встретился с заместителем Председателя Национального собрания Армении Т.П.Заречинской.',
      ),
    ).toEqual(['Т.П. Заречинская']);
  });

  it('keeps the first word of a three-word Asian name in the instrumental: "Чан Куок Вынгом"', () => {
    expect(
      met(
        'Министр иностранных дел Республики Беларусь Максим Рыженков 3 апреля 2025 года посетил Ханой, где провёл переговоры с Председателем Национального собрания Вьетнама Чан Куок Вынгом.',
      ),
    ).toEqual(['Чан Куок Вынг']);
  });

  it('ends a city\'s name in the genitive at its last word: "города Виньлонга Ле Ван Тханом"', () => {
    expect(
      met(
        'Министр иностранных дел Республики Беларусь Максим Рыженков 3 апреля 2025 года посетил Ханой, где встретился с Председателем Народного комитета города Виньлонга Ле Ван Тханом.',
      ),
    ).toEqual(['Ле Ван Тхан']);
  });

  it('reads people named after "консультации с", and a man\'s name in "-ой" among words in "-ом"', () => {
    expect(
      met(
        'Директор Исполнительного комитета РАТС ШОС Уларбек Шаршеев 3 апреля 2025 года посетит Исламабад. Запланированы также консультации с Министром обороны Пакистана Халидом Асифом Мустафой.',
      ),
    ).toEqual(['Халид Асиф Мустафа']);
  });
});

describe('English names after royal styles and long titles', () => {
  const lead =
    'Accra, 17 March 2026 – The Secretary-General of the Commonwealth, Mark Dunmore, visited Ghana on 16 March 2026. ';

  it('leaves a royal style out of the name: "His Majesty King Kofi bin Osei"', () => {
    expect(met(`${lead}He was received by His Majesty King Kofi bin Osei at the palace.`)).toEqual([
      'Kofi bin Osei',
    ]);
  });

  it('keeps all four parts of a name set off by commas after its title', () => {
    expect(
      met(`${lead}He met the Minister of Finance, Kwame Ofori Asante Mensah, on the budget.`),
    ).toEqual(['Kwame Ofori Asante Mensah']);
  });
});

describe('English meetings told as a courtesy call', () => {
  const lead =
    'Accra, 17 March 2026 – The Secretary-General of the Commonwealth, Mark Dunmore, visited Ghana on 16 March 2026. ';

  it('reads a host president named after his title in a courtesy call', () => {
    expect(
      met(`${lead}He paid a courtesy call on President John Dramani Mahama at State House.`),
    ).toEqual(['John Dramani Mahama']);
  });
});
