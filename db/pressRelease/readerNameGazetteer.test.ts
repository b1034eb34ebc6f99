import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { nameKind, surnameShape } from './names/nameKey.js';
import { met } from '../test/peopleMet.js';

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

  it('knows Chinese and Japanese family names as Russian and Turkish spell them', () => {
    expect(nameKind('Чжаном').family).toBe(true);
    expect(nameKind('Судзуки').family).toBe(true);
    expect(nameKind('Vang').family).toBe(true);
    expect(nameKind('Kişida').family).toBe(true);
    expect(nameKind('Сеул').family).toBe(false);
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

  it('finds names with no title after a meeting the rules do not phrase, not the company after them', () => {
    expect(
      met(
        'The Secretary General of the Organization, Darkhan Zhumabayev, arrived in Almaty on 6 May 2026. On the same day he had a conversation on the margins of the forum with Nodira Ismoilova and Bakhrom Tursunov, and with the board of the Nurlan Abenov Group.',
      ),
    ).toEqual(['Nodira Ismoilova', 'Bakhrom Tursunov']);
  });

  it('keeps "Al" after a royal style and reads no palace: "Crown Prince Al Mahdi bin Faisal"', () => {
    const names = met(
      'The Secretary General of the Organization, Darkhan Zhumabayev, visited Amman on 8 May 2026. He was received by His Royal Highness Crown Prince Al Mahdi bin Faisal at the Al Noor Palace, where they discussed refugees.',
    );
    expect(names).toEqual(['Al Mahdi bin Faisal']);
  });

  it('reads an "Authority" as a body, not a name, before the person who heads it', () => {
    expect(
      met(
        'The Secretary General of the Organization, Darkhan Zhumabayev, visited Bishkek on 9 May 2026. He met the Chairperson of the Kyrgyz Energy Regulatory Authority, Dr. Aizada Temirova, to review tariffs.',
      ),
    ).toEqual(['Aizada Temirova']);
  });

  it('does not read someone whose greetings were conveyed, nor a district named after a person', () => {
    expect(
      met(
        'The Secretary General of the Organization, Darkhan Zhumabayev, visited Tashkent on 3 June 2026. He had a conversation on the margins of the forum with Shahlo Yusupova in the Mirzo Ulugbek district, who conveyed the greetings of President Farkhod Ergashev.',
      ),
    ).toEqual(['Shahlo Yusupova']);
  });

  it('finds the minister of a planned "dialogue with", after "H.E. Mr."', () => {
    expect(
      met(
        'New Delhi, 2 June 2026 – The Minister of External Affairs will visit Japan from 5 to 7 June 2026. He will hold the annual strategic dialogue with the Foreign Minister of Japan, H.E. Mr. Kenji Watanabe.',
      ),
    ).toEqual(['Kenji Watanabe']);
  });

  it('reads a monarch named by one name and a number: "King Khalid III"', () => {
    expect(
      met(
        'The Secretary General of the Organization, Darkhan Zhumabayev, visited the Kingdom on 6 May 2026. He was received by King Khalid III, who praised the work of the Organization.',
      ),
    ).toEqual(['Khalid III']);
  });

  it('reads a list that a meeting sentence opens, with each title after the name', () => {
    const draft = extractDraft(
      'The Secretary General of the Organization, Darkhan Zhumabayev, visited Astana on 6 May 2026.\n\nIn Astana he held meetings on water cooperation:\n\n- Aizhan Bekova, Deputy Minister of Energy;\n- Timur Abenov, Chairman of the Board of the Water Agency.',
    );
    const people = draft.meetings.flatMap((m) => m.participants);
    expect(people.map((p) => p.name)).toEqual(['Aizhan Bekova', 'Timur Abenov']);
    expect(people[0]?.title).toBe('Deputy Minister of Energy');
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

  it('finds Korean names in Cyrillic with no title, after "обсудил с"', () => {
    expect(
      met(
        'Председатель Комитета Игорь Тарасов 14 апреля 2026 года посетил Сеул. Он обсудил с Ким Чжон Хуном и Пак Мин Соком ход совместных проектов.',
      ),
    ).toEqual(['Ким Чжон Хун', 'Пак Мин Сок']);
  });

  it('does not read the person a university is named after', () => {
    expect(
      met(
        'Председатель Комитета Игорь Тарасов 14 апреля 2026 года посетил Алматы. Состоялась беседа с Ким Чжон Хуном в Университете имени Сакена Сейфуллина.',
      ),
    ).toEqual(['Ким Чжон Хун']);
  });

  it('does not read a man named in the genitive, whose message was passed on', () => {
    expect(
      met(
        'Председатель Комитета Игорь Тарасов 14 апреля 2026 года посетил Алматы, где встретился с Ерланом Токеновым, которому передал послание Олега Сафронова.',
      ),
    ).toEqual(['Ерлан Токенов']);
  });

  it('does not read a mosque\'s name after "мечеть" as a person', () => {
    expect(
      met(
        'Председатель Комитета Игорь Тарасов 14 апреля 2026 года посетил Астану, где встретился с Послом Кувейта в Казахстане Мишалем аль-Шамали и посетил мечеть Хазрет Султан.',
      ),
    ).toEqual(['Мишаль аль-Шамали']);
  });

  it('reads the rector after a university "имени" someone, not the one it is named after', () => {
    expect(
      met(
        'Председатель Комитета Игорь Тарасов 14 апреля 2026 года посетил Астану. Состоялась встреча с Ректором Университета имени Льва Гумилёва Ерболом Тулеповым и Председателем Фонда Нурсултана Назарбаева.',
      ),
    ).toEqual(['Ербол Тулепов']);
  });

  it('reads a monarch in the instrumental: "королём Халидом III"', () => {
    expect(
      met(
        'Председатель Комитета Игорь Тарасов 14 апреля 2026 года посетил Амман, где был принят королём Иордании Халидом III.',
      ),
    ).toEqual(['Халид III']);
  });

  it('finds Chinese names in Palladius spelling, in the instrumental', () => {
    expect(
      met(
        'Председатель Комитета Игорь Тарасов 14 апреля 2026 года посетил Пекин. Он обсудил с Чжаном Вэйминем и Ли Сюэфэном ход совместных проектов.',
      ),
    ).toEqual(['Чжан Вэйминь', 'Ли Сюэфэн']);
  });

  it('reads a list of people met after "состоялись встречи:"', () => {
    expect(
      met(
        'Председатель Комитета Игорь Тарасов 14 апреля 2026 года посетил Астану.\n\nВ Астане состоялись встречи:\n\n– Айжан Бекова, заместитель министра энергетики;\n– Тимур Абенов, председатель правления Водного агентства.',
      ),
    ).toEqual(['Айжан Бекова', 'Тимур Абенов']);
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

  it('finds a list before "\'la" and "\'yla", and not the boulevard named after a person', () => {
    expect(
      met(
        "Ankara, 2 Mart 2026 – Ticaret Bakanı Kemal Yücel, 9-10 Mart'ta Kazakistan'a resmi bir ziyarette bulunacak. Gazi Mustafa Kemal Bulvarı'ndaki Büyükelçilikte Kazakistan Büyükelçisi Erlan Tokenov'la ve Kazakistan Ticaret Ataşesi Aliya Serikova'yla görüşmeler yer alıyor.",
      ),
    ).toEqual(['Erlan Tokenov', 'Aliya Serikova']);
  });

  it('does not read a state company as a person: "Devlet Petrol Şirketi"', () => {
    const names = met(
      "Bakü, 2 Mart 2026 – Enerji Bakanı Kemal Yücel, 1 Mart'ta Azerbaycan'da temaslarda bulundu. Bakan, Azerbaycan Devlet Petrol Şirketi (ADPŞ) Başkanı Elnur Rzayev ile de bir araya geldi.",
    );
    expect(names).toEqual(['Elnur Rzayev']);
  });

  it('does not read the person whose greetings are passed on, nor the one who leads the delegation', () => {
    expect(
      met(
        "Ankara, 2 Mart 2026 – Ticaret Bakanı Kemal Yücel, 9-10 Mart'ta Kazakistan'a resmi bir ziyarette bulunacak. Kemal Yücel başkanlığındaki heyetin, Cumhurbaşkanı Osman Kılıçarslan'ın selamlarını ileteceği Kazakistan Büyükelçisi Erlan Tokenov'la görüşmesi planlanıyor.",
      ),
    ).toEqual(['Erlan Tokenov']);
  });

  it('keeps "Şeyh" inside a name between a given name and the rest: "Ali Şeyh Osman"', () => {
    expect(
      met(
        "Cibuti, 6 Nisan 2026 – Sağlık Bakanı Ayten Gürbüz, 5 Nisan'da Cibuti'de temaslarda bulundu. Bakan Gürbüz, Cibuti Cumhurbaşkanı Ali Şeyh Osman tarafından kabul edildi.",
      ),
    ).toEqual(['Ali Şeyh Osman']);
  });

  it('does not read a mausoleum named after a person: "Hoca Ahmet Yesevi Türbesi"', () => {
    expect(
      met(
        "Astana, 2 Mart 2026 – Ticaret Bakanı Kemal Yücel, 1 Mart'ta Kazakistan'da temaslarda bulundu. Bakan, Kazakistan Başbakan Yardımcısı Serik Abenov ile görüştü ve Hoca Ahmet Yesevi Türbesi'ni ziyaret etti.",
      ),
    ).toEqual(['Serik Abenov']);
  });

  it('reads a monarch whose number Turkish writes first: "Kralı III. Halid"', () => {
    expect(
      met(
        "Amman, 2 Mart 2026 – Ticaret Bakanı Kemal Yücel, 1 Mart'ta Ürdün'de temaslarda bulundu. Bakan, Ürdün Kralı III. Halid tarafından kabul edildi.",
      ),
    ).toEqual(['III. Halid']);
  });

  it('finds Chinese and Japanese names in Turkish spelling before their case endings', () => {
    expect(
      met(
        "Pekin, 4 Nisan 2026 – Sağlık Bakanı Ayten Gürbüz, 3 Nisan'da Çin'de temaslarda bulundu. Programda Çin Sağlık Komisyonu Başkan Yardımcısı Vang Lihua'yla ve Japonya Sağlık Bakan Yardımcısı Kişida Haruto'yla görüşmeler yer alıyor.",
      ),
    ).toEqual(['Vang Lihua', 'Kişida Haruto']);
  });

  it('reads a list of people met after "görüştü:"', () => {
    expect(
      met(
        "Ankara, 2 Mart 2026 – Ticaret Bakanı Kemal Yücel, 1 Mart'ta Kazakistan'da temaslarda bulundu.\n\nBakan Yücel Astana'da şu isimlerle görüştü:\n\n- Kazakistan Enerji Bakan Yardımcısı Aijan Bekova;\n- Su Ajansı Yönetim Kurulu Başkanı Timur Abenov.",
      ),
    ).toEqual(['Aijan Bekova', 'Timur Abenov']);
  });
});
