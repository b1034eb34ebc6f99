import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

describe('a short given name in "-а" in the instrumental before a surname that does not decline (Russian)', () => {
  it('reads «Исой» before a surname in "-и" as «Иса»', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Азербайджане. 5 мая он встретился с ректором Бакинского университета Исой Мамедли.',
      ),
    ).toEqual(['Иса Мамедли']);
  });
});

describe('the host whose guest the visitor is, named in the genitive (Turkish)', () => {
  it('reads «A’nın davetlisi olarak» before the visit', () => {
    expect(
      met(
        "Bakan Ali Kaya, Moldova Tarım Bakanı Ion Cebotari'nin davetlisi olarak 3-5 Mayıs 2026 tarihlerinde Moldova'ya resmî ziyarette bulunacak.",
      ),
    ).toEqual(['Ion Cebotari']);
  });

  it('reads «A’nın daveti üzerine» in a sentence with no meeting word', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gürcistan'ı ziyaret etti. Bakan Kaya, ziyaretin ikinci gününde Acara Hükümet Başkanı Levan Beridze'nin daveti üzerine Batum'a geçti.",
      ),
    ).toEqual(['Levan Beridze']);
  });

  it('takes no one whose greetings the visitor passes on', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gürcistan'ı ziyaret etti. Bakan Kaya, Gürcistan Başbakanı Levan Beridze ile görüştü ve Cumhurbaşkanı Mehmet Arslan'ın selamlarını iletti.",
      ),
    ).toEqual(['Levan Beridze']);
  });
});

describe('a name that ends the sentence with "Jr."', () => {
  it('reads the name and its suffix before the next sentence', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Liberia from 3 to 5 May 2026. In Monrovia, he was received at the Executive Mansion by the President of the Republic of Liberia, Samuel K. Tubman Jr. The President spoke of the new roads.',
      ),
    ).toEqual(['Samuel K. Tubman Jr.']);
  });
});

describe('"Ma.", the short form of Maria, opening a Filipino name', () => {
  it('keeps "Ma." at the head of a name set off by commas', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited the Philippines from 3 to 5 May 2026. He also met the Mayor of Iloilo City, Ma. Luisa T. Abad, who presented the river plan.',
      ),
    ).toEqual(['Ma. Luisa T. Abad']);
  });

  it('still ends a sentence at a surname "Ma"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited China from 3 to 5 May 2026. He met the Governor of the province, Lin Ma. The Governor spoke of the new port.',
      ),
    ).toEqual(['Lin Ma']);
  });
});

describe('"Ma." after a meeting word', () => {
  it('keeps "Ma." after "met"', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited the Philippines from 3 to 5 May 2026. In Iloilo, he met Ma. Luisa T. Abad, Mayor of Iloilo City, on the river plan.',
      ),
    ).toEqual(['Ma. Luisa T. Abad']);
  });
});

describe('a host who will join or show the visitor, in a clause of the place he goes to', () => {
  const visit =
    'The Director of the Fund, Pavel Norden, will visit Mozambique from 3 to 5 May 2026. ';

  it('reads "where the Mayor, A da B C, will join him" with its Portuguese particle', () => {
    expect(
      met(
        `${visit}On 5 May, he will travel to Beira, where the President of the Municipal Council of Beira, Carlos da Costa Mendes, will join him at the opening of the clinic.`,
      ),
    ).toEqual(['Carlos da Costa Mendes']);
  });

  it('reads "where the Governor, A B, will show him" in the future', () => {
    expect(
      met(
        `${visit}On 5 May, he will travel to Tete, where the Governor of Tete, Rosa Macamo, will show him the new dam.`,
      ),
    ).toEqual(['Rosa Macamo']);
  });
});

describe('a host acting in the clause of the place, before a meeting word of the same sentence', () => {
  it('reads the host who will join the visitor "at a meeting with" others', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, will visit Mozambique from 3 to 5 May 2026. On 5 May, he will travel to Beira, where the Governor of Sofala, Rosa Macamo, will join him at a meeting with nurses and teachers of the province.',
      ),
    ).toEqual(['Rosa Macamo']);
  });
});

describe('a name of four words set off by a comma that ends the sentence', () => {
  it('keeps all four words of the name after the title', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Mozambique from 3 to 5 May 2026. He paid a courtesy call on the Prime Minister, Ana Rita Sitoe Matola. The two spoke of the floods.',
      ),
    ).toEqual(['Ana Rita Sitoe Matola']);
  });
});

describe('"Hon." before a name, alone or before "Dr."', () => {
  it('reads the name after "Hon. Dr." set off by commas', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Fiji from 3 to 5 May 2026. He also met the Minister for Energy and Climate Change, Hon. Dr. Tevita Lavaka, and the Minister of Health, Hon. Litia Naivalu.',
      ),
    ).toEqual(['Tevita Lavaka', 'Litia Naivalu']);
  });
});

describe('a title met with no name, named in the next sentence that passes on greetings', () => {
  it('reads the name that opens the sentence, not the head of state greeted (English)', () => {
    expect(
      met(
        'The Minister of Foreign Affairs of Ruritania, Pavel Norden, paid a working visit to Zambia on 3 May 2026. In Lusaka, the Minister was received by the President of the Republic of Zambia. Chanda-Bwalya Mulenga conveyed his greetings to President Ivan Petrov and noted the growth of trade.',
      ),
    ).toEqual(['Chanda-Bwalya Mulenga']);
  });

  it('reads the name that opens the sentence, not the head of state greeted (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Хорватии. 5 мая в Загребе Иван Смирнов был принят Президентом Республики Хорватия. Зоран Милич передал приветствие Президенту Петру Орлову и отметил рост товарооборота.',
      ),
    ).toEqual(['Зоран Милич']);
  });

  it('reads the name that opens the sentence, not the head of state greeted (Turkish)', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gürcistan'ı ziyaret etti. Bakan Kaya, ilk gün Gürcistan Cumhurbaşkanı tarafından kabul edildi. Levan Beridze, Cumhurbaşkanı Mehmet Arslan'a selamlarını iletti.",
      ),
    ).toEqual(['Levan Beridze']);
  });
});

describe('Bhutanese styles before a name', () => {
  it('leaves "Dasho" and "Lyonpo" out of the name', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Bhutan from 3 to 5 May 2026. He was received by the Governor of the Central Bank, Dasho Karma Wangmo, and met the Minister of Health, Lyonpo Sonam Tobgay, on rural clinics.',
      ),
    ).toEqual(['Karma Wangmo', 'Sonam Tobgay']);
  });
});

describe('a plan or an agreement named in capitals is no person', () => {
  it('takes no "Master Plan" after a body’s acronym for a person', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, today held meetings in Thimphu with the leadership of the Government of Bhutan on the SARC Master Plan for Rural Roads. He was received by the Minister of Health, Sonam Tobgay.',
      ),
    ).toEqual(['Sonam Tobgay']);
  });
});

describe('Turkish nouns of a body’s name taken for a person', () => {
  it('takes no verbal noun or plural genitive inside a body’s name for a name', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gürcistan'ı ziyaret etti. Bakan Kaya, ilk olarak Gürcistan Sanayi Tesislerin Korunması ve Denetlenmesi Ajansı Başkanı Nino Lomidze ile bir araya geldi.",
      ),
    ).toEqual(['Nino Lomidze']);
  });
});

describe('a body’s own name in parentheses after its Turkish name', () => {
  it('takes no body’s name in its own language for a person', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Danimarka'yı ziyaret etti. Kaya, ilk gün Kopenhag'da Danimarka Merkez Bankası (Danmarks Nationalbank) Başkanı Lars Holm ile görüştü.",
      ),
    ).toEqual(['Lars Holm']);
  });

  it('takes no body’s name in its own language for a person (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Дании. 5 мая он встретился с Председателем Национального банка Дании (Данмаркс Националбанк) Ларсом Хольмом.',
      ),
    ).toEqual(['Ларс Хольм']);
  });
});

describe('a ship named after a person is no person', () => {
  it('takes no ship’s name after "the frigate" for a person (English)', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Indonesia from 3 to 5 May 2026. He met the Chief of Naval Staff, Budi Santoso, and toured the frigate KRI Bung Tomo Wiranata with him.',
      ),
    ).toEqual(['Budi Santoso']);
  });
});

describe('one name alone after a Turkish title, before «ile»', () => {
  it('reads an Indonesian name of one word after «Genel Müdür»', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Endonezya'yı ziyaret edecek. Kaya'nın 4 Mayıs'ta Malang'daki fabrikayı ziyaret ederek Genel Müdür Suharyanto ile görüşmesi bekleniyor.",
      ),
    ).toEqual(['Suharyanto']);
  });
});

describe('a ship named after a person, read by the name finder', () => {
  it('takes no ship’s name before «fırkateynini» for a person (Turkish)', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Endonezya'yı ziyaret edecek. Kaya'nın 4 Mayıs'ta Malang'daki fabrikayı ziyaret ederek Genel Müdür Suharyanto ile görüşmesi, ardından Surabaya'da KRI Ahmad Yani Wiranata fırkateynini incelemesi bekleniyor.",
      ),
    ).toEqual(['Suharyanto']);
  });
});

describe('a meeting word that names no one, before one that does', () => {
  it('reads the host after "welcomed by" past a centre "hosted by" an agency', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Fiji from 3 to 5 May 2026. On 4 May, he visited the Ocean Science Centre, a hub hosted by SPC, where he was welcomed by the Director-General of the Pacific Fisheries Agency, Tomasi Vunivalu.',
      ),
    ).toEqual(['Tomasi Vunivalu']);
  });
});
