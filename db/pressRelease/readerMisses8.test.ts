import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';

describe('someone met who holds a title like the visitor’s', () => {
  it('keeps a Secretary-General met as a counterpart, never as the visitor', () => {
    expect(
      met(
        "The Director-General of the Labour Office, Anna Berg, visited Kenya from 3 to 5 May 2026. On 4 May she met the Secretary-General of the Kenya Workers' Federation, Peter Otieno, and the Chair of the Employers' Council, Grace Wanjiru, and opened a training centre.",
      ),
    ).toEqual(['Peter Otieno', 'Grace Wanjiru']);
  });
});

describe('a meeting chaired or hosted by the one met', () => {
  it('finds the person who chaired a round table the visitor attended', () => {
    expect(
      met(
        'The Administrator of the Fund, Pavel Norden, visited Amman on 8 and 9 May 2026. On 9 May the Administrator attended a round table on water chaired by the Minister of Environment, Lina Haddad, with whom he signed a letter of intent.',
      ),
    ).toEqual(['Lina Haddad']);
  });

  it('finds the person who will co-host a forum of a planned visit', () => {
    expect(
      met(
        'The Minister of Trade, Pavel Norden, will visit Oman on 8 and 9 May. On 9 May he will attend an investment forum co-hosted by the Chairman of the Chamber of Industry, Salim Al-Rawahi, and will visit the port.',
      ),
    ).toEqual(['Salim Al-Rawahi']);
  });
});

describe('a host told by a passive or a joint visit', () => {
  it('finds the person who welcomed or briefed the visitor', () => {
    expect(
      met(
        'The Administrator of the Fund, Pavel Norden, visited Amman on 8 and 9 May 2026. On 9 May he travelled to Aqaba, where he was welcomed by the Governor of the Region and briefed by the Chairman of the Port Authority, Omar Haddad, on the new terminal.',
      ),
    ).toEqual(['Omar Haddad']);
  });

  it('finds the person with whom the visitor visited a site', () => {
    expect(
      met(
        'The Administrator of the Fund, Pavel Norden, visited Amman on 8 and 9 May 2026. On 9 May he visited a water plant together with the Minister of Water, Lina Haddad, and then flew to Aqaba.',
      ),
    ).toEqual(['Lina Haddad']);
  });
});

describe('someone named again by the surname alone', () => {
  it('reads "talks with Foreign Minister X" as the person named in full before', () => {
    expect(
      met(
        'The Foreign Minister of the Union, Pavel Norden, will visit Kazakhstan on 8 May, at the invitation of the Minister of Foreign Affairs of Kazakhstan, Ruslan Temirbek. During the visit he will hold talks with Foreign Minister Temirbek.',
      ),
    ).toEqual(['Ruslan Temirbek']);
  });
});

describe('Turkish meetings told at length', () => {
  it('finds a person named before "ile" when many words stand before the verb', () => {
    expect(
      met(
        "Ankara, 3 Mart 2026 – Bakan Norden, Kahire Üniversitesi Rektörü Samir Haddad'ın da katıldığı panelde konuştu; panelin ardından Haddad ile iki ülkenin üniversiteleri arasındaki öğrenci değişimini görüştü.",
      ),
    ).toEqual(['Samir Haddad']);
  });

  it('finds the host of a dinner named in the genitive, but not whose greetings are passed on', () => {
    expect(
      met(
        "Ankara, 3 Mart 2026 – Bakan Norden, Libya Devlet Konseyi Başkanı Halil Mansur'un ev sahipliğinde verilen yemeğe katıldı ve Mansur ile sağlık alanındaki işbirliğini konuştu.",
      ),
    ).toEqual(['Halil Mansur']);
    expect(
      met(
        "Ankara, 3 Mart 2026 – Sağlık Bakanı Pavel Norden, 9 Mart'ta Libya'ya bir ziyarette bulunacak. Pavel Norden başkanlığındaki heyetin, Cumhurbaşkanı Deniz Arıkan'ın selamlarını ileteceği Libya Sağlık Bakanı Halil Mansur'la görüşmesi planlanıyor.",
      ),
    ).toEqual(['Halil Mansur']);
  });

  it('finds a person before the suffixed "ile" ("\'yle görüştü", "\'yla birlikte")', () => {
    expect(
      met(
        "Ankara, 3 Mart 2026 – Bakan Norden, 4 Mart'ta Mısır Meclis Başkanı Leyla Sabri'yle görüştükten sonra bir fuara katıldı.",
      ),
    ).toEqual(['Leyla Sabri']);
    expect(
      met(
        "Ankara, 3 Mart 2026 – Bakan Norden'in, Mısır Kültür Vakfı Yönetim Kurulu Başkanı Tarek Samy'yle birlikte serginin açılışını yapması öngörülüyor.",
      ),
    ).toEqual(['Tarek Samy']);
  });

  it('reads a parliament’s committee with a listed name as a title, not a person', () => {
    expect(
      met(
        "Ankara, 3 Mart 2026 – Bakan Norden Nairobi'yi ziyaret etti. Bakan Norden, ziyaretin son gününde Kenya Ulusal Meclisi Tarım, Sağlık, Bilim ve Teknoloji Komitesi Başkanı Julius Mwangi'yi ziyaret etti.",
      ),
    ).toEqual(['Julius Mwangi']);
  });
});

describe('an Arabic name in the Russian instrumental', () => {
  it('gives the nominative of a given name that declines before a surname that does not', () => {
    expect(
      met(
        'Москва, 3 июня 2026 г. Министр Павел Норден был принят Премьер-министром Ливана Мустафой Карами, которому рассказал о ходе работ.',
      ),
    ).toEqual(['Мустафа Карами']);
  });
});

describe('a place of two words after "in"', () => {
  it('is no person met', () => {
    const draft = extractDraft(
      'The Minister of Trade, Pavel Norden, visited Viet Nam on 8 May 2026. The Minister also met members of the business community in Hai Phong, together with the Chairman of the Chamber, and visited a park in Da Nang.',
    );
    expect(draft.meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual([]);
  });
});

describe('the title of a person met', () => {
  const titles = (text: string) =>
    extractDraft(text).meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]));

  it('keeps a title whose parts are listed with commas', () => {
    expect(
      titles(
        'The Director of the Fund, Pavel Norden, visited Lima on 8 May 2026. He held talks with the Minister of Health, Labour and Welfare, Rosa Quispe, on clinics.',
      ),
    ).toEqual([['Rosa Quispe', 'Minister of Health, Labour and Welfare']]);
  });

  it('leaves out the words before a title that are no part of it', () => {
    expect(
      titles(
        'The Director of the Fund, Pavel Norden, visited Lima on 8 May 2026. He called on the President, Ana Flores, and held talks with the Minister of Energy, Rosa Quispe, on power lines.',
      ),
    ).toEqual([
      ['Ana Flores', 'President'],
      ['Rosa Quispe', 'Minister of Energy'],
    ]);
    expect(
      titles(
        'The Director of the Fund, Pavel Norden, visited Lima on 8 May 2026. He paid courtesy calls on the Prime Minister, Ana Flores, and on the Speaker of the National Assembly, Luis Vargas.',
      ),
    ).toEqual([
      ['Ana Flores', 'Prime Minister'],
      ['Luis Vargas', 'Speaker'],
    ]);
  });
});

describe('the country visited when the dateline’s city is not known', () => {
  const country = (text: string) => extractDraft(text).visit.places[0]?.country ?? null;

  it('is the country of the host named in the meeting sentence', () => {
    expect(
      country(
        'Bujumbura, 4 May 2026 – The President of the Commission, Pavel Norden, was today received in audience by Dr. Jean Ndayishimiye, President of the Republic of Burundi.',
      ),
    ).toBe('BI');
  });

  it('is not the country whose ambassador was present (a Turkish genitive)', () => {
    expect(
      country(
        "Bujumbura, 4 Mayıs 2026 – Ajans Başkanı Pavel Norden, Burundi'de bugün resmi görüşmeler gerçekleştirdi. Başkan Norden, Burundi Cumhurbaşkanı Jean Ndayishimiye tarafından kabul edildi. Türkiye'nin Bujumbura Büyükelçisi Ayşe Kaya'nın da hazır bulunduğu görüşmede projeler ele alındı.",
      ),
    ).toBe('BI');
  });
});

describe('a publication stamp on the line under the place of issue', () => {
  it('is the page’s date, not the visit’s', () => {
    const draft = extractDraft(
      'Director concludes visit to Kenya\n\nGeneva\nPublished: 9 October 2025\n\nThe Director of the Fund, Pavel Norden, was in Kenya from 29 September to 3 October 2025. He met the Minister of Health, Grace Wanjiru.',
    );
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual(['2025-09-29', '2025-10-03']);
    expect(draft.source_date).toBe('2025-10-09');
  });
});
