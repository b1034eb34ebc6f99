import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';
import { extractDraft } from './extractDraft.js';

describe('a title met with no name, named at the opening of the next sentence', () => {
  it('reads past a place between "received" and "by" (English)', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Zambia from 3 to 5 May 2026. On 3 May, he was received at Government House by the Vice-President of Zambia. Ms. Chanda Mulenga welcomed the Fund's support for rural clinics.",
      ),
    ).toEqual(['Chanda Mulenga']);
  });

  it('leaves a courtesy style before the name out of it (English)', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Cambodia from 3 to 5 May 2026. On 3 May, he was received by the Prime Minister of Cambodia. Samdech Sok Vannarith welcomed the Fund's support for rural clinics.",
      ),
    ).toEqual(['Sok Vannarith']);
  });

  it('reads a passive with the title in the instrumental (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Хорватии. 5 мая в Загребе Иван Смирнов был принят Министром финансов Республики Хорватия. Марко Петрович отметил, что товарооборот вырос вдвое.',
      ),
    ).toEqual(['Марко Петрович']);
  });

  it('reads a title in the nominative after «его принял» (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Хорватии. 6 мая делегация прибыла в Сплит, где её принял Мэр города Сплит. Иво Бабич предложил открыть прямой рейс.',
      ),
    ).toEqual(['Иво Бабич']);
  });

  it('reads «… tarafından kabul edildi» (Turkish)', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gürcistan'ı ziyaret etti. Bakan Kaya, ilk gün Gürcistan Başbakan Yardımcısı tarafından kabul edildi. Levan Beridze, iki ülke arasındaki ticaretin arttığını belirtti.",
      ),
    ).toEqual(['Levan Beridze']);
  });
});

describe('a second office after the title that follows a name', () => {
  it('keeps the first office as the title when "and current …" adds another', () => {
    const draft = extractDraft(
      'The Director of the Fund, Pavel Norden, visited Malawi from 3 to 5 May 2026. On 3 May, he was received in audience at State House by H.E. Dr. Tamanda Phiri, President of the Republic of Malawi and current Chair of the Regional Council.',
    );
    expect(draft.meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]))).toEqual([
      ['Tamanda Phiri', 'President of the Republic of Malawi'],
    ]);
  });
});

describe('a Central Asian patronymic word ends a name and stays in it', () => {
  it('keeps «uulu» at the end of a Kyrgyz name (Turkish)', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Kırgızistan'ı ziyaret etti. Ziyarette Bakan Kaya'yı, Jogorku Keneş Başkanı Temirbek Asanbek uulu kabul etti.",
      ),
    ).toEqual(['Temirbek Asanbek uulu']);
  });

  it('keeps «kyzy» at the end of a name set off by commas (English)', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Kyrgyzstan from 3 to 5 May 2026. He met the Deputy Chair of the National Bank, Aizada Temirbek kyzy, on water projects.',
      ),
    ).toEqual(['Aizada Temirbek kyzy']);
  });

  it('keeps «уулу» after a name in the instrumental (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Бишкеке. 5 мая он встретился с Торага Жогорку Кенеша Кыргызской Республики Темирбеком Асанбек уулу.',
      ),
    ).toEqual(['Темирбек Асанбек уулу']);
  });
});

describe('names with particles inside', () => {
  it('reads a name of two "bin" after an invitation that follows the visit with no comma', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, will visit Oman from 3 to 5 May 2026 at the invitation of the Minister of Health of the Sultanate of Oman, Sayyid Khalid bin Saif bin Nasser Al Harthy.',
      ),
    ).toEqual(['Khalid bin Saif bin Nasser Al Harthy']);
  });

  it('keeps "Haji" after "bin" inside a Malay name, after a style that is not', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Malaysia from 3 to 5 May 2026. He co-chaired the Joint Commission with his Malaysian counterpart, Minister of Trade Dato’ Seri Haji Rosli bin Haji Kamal, and the two signed a memorandum.',
      ),
    ).toEqual(['Rosli bin Haji Kamal']);
  });
});

describe('one name alone', () => {
  it('reads a monarch named by one word after the royal style', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Malaysia from 3 to 5 May 2026. He was granted an audience by His Majesty Sultan Azlan, the Yang di-Pertuan Agong of Malaysia, at Istana Negara.',
      ),
    ).toEqual(['Azlan']);
  });

  it('reads one name that ends the sentence after the title of whoever invited', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, will visit Indonesia from 3 to 5 May 2026, at the invitation of the Minister of Marine Affairs of the Republic of Indonesia, Wahyudin.',
      ),
    ).toEqual(['Wahyudin']);
  });
});

describe('a joint meeting attended with the people named before "ile" (Turkish)', () => {
  it('reads a list of Arab names with small articles before "ile ortak bir toplantıya katıldı"', () => {
    expect(
      met(
        "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Ürdün'ü ziyaret etti. Bakan Kaya, daha sonra Ürdün Tarım Bakanı Nasır Kamil Rıza el-Hadidi, Su ve Sulama Bakanı Ömer Fadıl en-Nablusi ve Gıda Ajansı Başkanı Dr. Salim Cemil el-Zubi ile ortak bir toplantıya katıldı.",
      ),
    ).toEqual(['Nasır Kamil Rıza el-Hadidi', 'Ömer Fadıl en-Nablusi', 'Salim Cemil el-Zubi']);
  });
});

describe('Asian and Arab names in the instrumental, whole (Russian)', () => {
  const visit =
    '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Азии. ';

  it('keeps the first syllable of a Vietnamese name whose middle one ends in "-и"', () => {
    expect(
      met(
        `${visit}5 мая он встретился с Председателем Народного комитета Дананга Нгуен Ли Тханем.`,
      ),
    ).toEqual(['Нгуен Ли Тхань']);
  });

  it('leaves the name of a Mongolian province out of the governor’s name', () => {
    expect(
      met(`${visit}5 мая он встретился с губернатором аймака Увс-Нуур Цэвэгийн Ганзоригом.`),
    ).toEqual(['Цэвэгийн Ганзориг']);
  });

  it('reads an Arab name of five words, two of them with the article', () => {
    expect(
      met(
        `${visit}5 мая он встретился с Председателем Олимпийского комитета Катара шейхом Халидом Мубараком Джасимом Аль-Хамадом Ат-Тани.`,
      ),
    ).toEqual(['Халид Мубарак Джасим Аль-Хамад Ат-Тани']);
  });
});

describe('false people in a list of titles', () => {
  it('takes no part of a title "for A, B and C" for a person', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Kenya from 3 to 5 May 2026. On 3 May, he held a working meeting with the Cabinet Secretary for Water, Shoreline Works and Fisheries, Dr. Amina Wekesa, and the Cabinet Secretary for Roads, Peter Otieno Ng’eno’o.',
      ),
    ).toEqual(['Amina Wekesa', 'Peter Otieno Ng’eno’o']);
  });
});

describe('two people of one family, whose given names start alike', () => {
  it('keeps two sheikhs of one family apart (Russian)', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Катаре. 5 мая он провёл переговоры с Министром энергетики Катара шейхом Саудом бин Насером Аль-Тани. 6 мая российского министра принял Эмир Государства Катар шейх Салман бин Хамад Аль-Тани.',
      ),
    ).toEqual(['Сауд бин Насер Аль-Тани', 'Салман бин Хамад Аль-Тани']);
  });
});

describe('a host who will receive the visitor, in the future tense (Russian)', () => {
  it('reads the name after «примет»', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов посетит Хорватию с рабочим визитом. Российского министра примет Президент Республики Хорватия Зоран Милич.',
      ),
    ).toEqual(['Зоран Милич']);
  });
});

describe('Turkish hosts: one who welcomes, and one named again by surname after his title', () => {
  const visit = "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Gürcistan'ı ziyaret etti. ";

  it('reads the host before «karşıladı»', () => {
    expect(
      met(
        `${visit}Ziyaretin son gününde Batum'a geçen Bakan Kaya'yı Acara Özerk Cumhuriyeti Hükümet Başkanı Tornike Abuladze karşıladı.`,
      ),
    ).toEqual(['Tornike Abuladze']);
  });

  it('reads a surname with its article after the title as the name given in full before', () => {
    expect(
      met(
        `${visit}Forum, Gürcistan Cumhurbaşkanı Mahmud el-Cezeri'nin himayesinde düzenlendi; Cumhurbaşkanı el-Cezeri, akşam verdiği resepsiyonda heyeti de kabul etti.`,
      ),
    ).toEqual(['Mahmud el-Cezeri']);
  });
});

describe('styles and honorifics around names of the Gulf and of Malaysia', () => {
  const visit = (country: string) =>
    `The Director of the Fund, Pavel Norden, visited ${country} from 3 to 5 May 2026. `;

  it('does not end the sentence at the engineer’s "Eng." before a name', () => {
    expect(
      met(
        `${visit('Oman')}He held talks with the Minister of Transport, Ali Nasser Al Balushi, and with the President of the Ports Authority, Eng. Salim Rashid al-Harthi, on shipping.`,
      ),
    ).toEqual(['Ali Nasser Al Balushi', 'Salim Rashid al-Harthi']);
  });

  it('reads a host styled "Her Highness" who presents something where the visitor went', () => {
    expect(
      met(
        `${visit('the United Arab Emirates')}He visited the Science Park, where Her Highness Sheikha Noura bint Saeed Al Nahyan, Chairperson of the Park, presented its programmes.`,
      ),
    ).toEqual(['Noura bint Saeed Al Nahyan']);
  });

  it('keeps "Amir" in a Malay name after "Dato’ Seri"', () => {
    expect(
      met(
        `${visit('Malaysia')}On 4 May, he met the Second Minister of Finance, Dato' Seri Amir Rashid Hamdan.`,
      ),
    ).toEqual(['Amir Rashid Hamdan']);
  });

  it('takes no one whose greetings were conveyed for someone met', () => {
    expect(
      met(
        `${visit('Malaysia')}On 4 May, he paid a courtesy call on the Prime Minister of Malaysia, Dato' Seri Rahman Yusof, and conveyed the greetings of President Arif Karimov.`,
      ),
    ).toEqual(['Rahman Yusof']);
  });
});

describe('Turkish bodies taken for people', () => {
  const visit = "Bakan Ali Kaya, 3-5 Mayıs 2026 tarihlerinde Almanya'yı ziyaret etti. ";

  it('takes no compound noun with its possessive and a case ending for a person', () => {
    expect(
      met(
        `${visit}Bakan Kaya, ikinci gün Bavyera Uzay Kompleksi'ni ziyaret etti ve Bavyera Eyaleti Başbakanı Markus Zeller ile görüştü.`,
      ),
    ).toEqual(['Markus Zeller']);
  });

  it('takes no party whose name ends in «Birlik» for a person', () => {
    expect(
      met(
        `${visit}Bakan Kaya, Sosyal Birlik eyalet teşkilatının lideri olarak da görev yapan Bavyera Eyaleti Başbakanı Markus Zeller ile görüştü.`,
      ),
    ).toEqual(['Markus Zeller']);
  });
});

describe('a clause about the one met between the title and the name', () => {
  it('reads the name after ", who …," that ends the sentence', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Cambodia from 3 to 5 May 2026. He then held talks with the Minister of Planning of the Kingdom of Cambodia, who also chairs the national statistics board, H.E. Chea Sokha.',
      ),
    ).toEqual(['Chea Sokha']);
  });
});

describe('a host who goes about «вместе с» the visitor (Russian)', () => {
  it('reads the host named before «вместе с российским министром»', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Хорватии. 6 мая делегация посетила Сплит. Градоначальник Сплита Иво Бабич вместе с российским министром осмотрел новый порт.',
      ),
    ).toEqual(['Иво Бабич']);
  });

  it('reads no one twice before «вместе с которым»', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Хорватии. 5 мая он встретился с Министром образования Республики Хорватия Гораном Петровичем, вместе с которым открыл новый центр.',
      ),
    ).toEqual(['Горан Петрович']);
  });
});

describe('a given name that does not decline, right after the country (Russian)', () => {
  it('keeps «Рави» after «Индии» before a name in the instrumental', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Индии. 5 мая он встретился с Министром торговли Индии Рави Кумаром Сингхом.',
      ),
    ).toEqual(['Рави Кумар Сингх']);
  });
});

describe('one name alone after the country of the title (Russian)', () => {
  it('reads an Indonesian name of one word that does not decline', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Джакарте. 5 мая он встретился с Министром обороны Республики Индонезия Харсоно.',
      ),
    ).toEqual(['Харсоно']);
  });
});

describe('a place between the meeting word and "with"', () => {
  it('reads "held a meeting in Lusaka with the Minister … A B"', () => {
    expect(
      met(
        "The Director of the Fund, Pavel Norden, visited Zambia from 3 to 5 May 2026. On 3 May, he held a Ministers' Meeting in Lusaka with the Minister of Finance of the Republic of Zambia Nalumino Sichinga.",
      ),
    ).toEqual(['Nalumino Sichinga']);
  });
});
