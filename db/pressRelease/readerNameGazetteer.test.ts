import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { nameKind, surnameShape } from './names/nameKey.js';

function met(text: string): string[] {
  return extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => p.name));
}

describe('one list of names for every script', () => {
  it('knows a given name in Latin, Cyrillic (in any case) and Turkish letters', () => {
    expect(nameKind('Jamshid').given).toBe(true);
    expect(nameKind('Джамшидом').given).toBe(true);
    expect(nameKind('Cemşid').given).toBe(true);
    expect(nameKind('Committee').given).toBe(false);
  });

  it('knows an East Asian family name in Cyrillic and a surname by its suffix', () => {
    expect(nameKind('Пак').family).toBe(true);
    expect(surnameShape('Тохтаровой')).toBe(true);
    expect(surnameShape("Berdiyev'le")).toBe(true);
    expect(surnameShape('Bakanlığı')).toBe(false);
  });
});

describe('English: people found by their names', () => {
  it('finds a Korean name after a title set off by a comma, in a meeting the rules do not phrase', () => {
    expect(
      met(
        'The Secretary General of the Organization, Darkhan Zhumabayev, arrived in Seoul on 4 May 2026. He held a meeting in a restricted format and then in an enlarged format with the Minister of Oceans and Fisheries of the Republic of Korea, Han Ji-woo. The sides reviewed port cooperation.',
      ),
    ).toEqual(['Han Ji-woo']);
  });

  it('reads the person, not the mosque named after a ruler, after "His Majesty Sultan"', () => {
    const names = met(
      'The Secretary General of the Organization, Darkhan Zhumabayev, visited Oman on 7 May 2026. He was received by His Majesty Sultan Faisal bin Turki at the Sultan Turki Grand Mosque, where they discussed water security.',
    );
    expect(names).toContain('Faisal bin Turki');
    expect(names.some((n) => /Mosque/.test(n))).toBe(false);
  });
});

describe('Russian: people found by their names', () => {
  it('gives a man\'s name in "-ой" beside a surname in "-ым" its nominative: "Абдуллой Назаровым"', () => {
    expect(
      met(
        'Председатель Правления Банка Тимур Оспанов 3 февраля 2026 года посетил Ташкент. Запланированы встречи Председателя Правления с заместителем Министра финансов Республики Узбекистан Абдуллой Назаровым.',
      ),
    ).toEqual(['Абдулла Назаров']);
  });

  it('reads an Arabic name with "аль-" in the instrumental, after a country in the genitive', () => {
    expect(
      met(
        'Председатель Комитета Евгений Кравцов 10 марта 2026 года посетил Каир. Состоялись переговоры с Министром жилищного строительства Египта Шерифом аль-Масри и Председателем Совета Кувейта Бадером бен Халидом аль-Сабахом.',
      ),
    ).toEqual(['Шериф аль-Масри', 'Бадер бен Халид аль-Сабах']);
  });

  it('does not take an ambassador who "took part" in the talks for someone met', () => {
    expect(
      met(
        'Министр Нурлан Оспанов 12 апреля 2026 года провёл переговоры с Министром экономики Туркменистана Мурадом Аннаевым. В переговорах принял участие Посол Республики Казахстан Бахтияр Омаров.',
      ),
    ).toEqual(['Мурад Аннаев']);
  });
});

describe('Turkish: people found by their names', () => {
  it('finds a list with case endings in a planned programme ("görüşmeler yer alıyor")', () => {
    expect(
      met(
        "Ankara, 2 Mart 2026 – Tarım Bakanı Kemal Yücel, 9-10 Mart'ta Kırgızistan'a resmi bir ziyarette bulunacak. Ziyaret programında Kırgızistan Su Kaynakları Ajansı Müdürü Azamat Toktogulov'la ve Kırgızistan Tarım Bakanı Yardımcısı Aybek Sultanaliyev'le görüşmeler yer alıyor.",
      ),
    ).toEqual(['Azamat Toktogulov', 'Aybek Sultanaliyev']);
  });

  it('finds a Korean name before "ile" in a signing, and not the hospital named after a person', () => {
    const names = met(
      "Seul, 4 Nisan 2026 – Sağlık Bakanı Ayten Gürbüz, 3 Nisan'da Kore Sağlık Sigortası Kurumu Başkanı Song Min-ho ile bir iş birliği protokolü imzaladı. Bakan, Fahrettin Kerim Gökay Eğitim ve Araştırma Hastanesi'nde Kore heyetiyle görüştü.",
    );
    expect(names).toEqual(['Song Min-ho']);
  });
});
