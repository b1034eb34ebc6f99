import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('days told from the release under a later stamp of its update', () => {
  const english = (stamp: string, when: string) =>
    `Pacific Fisheries Agency\nPRESS RELEASE\n\n${stamp}\n\nAgency head in Apia\n\nThe Director-General of the Pacific Fisheries Agency, Dr. Mele Tauaa-Fonoti, paid a working visit to the Independent State of Samoa ${when}.\n\nShe was received by the Prime Minister of Samoa, Fiame Leota Sailele-Tuimavave.`;

  it('counts "yesterday and today" from the dateline, not from a bracketed update stamp', () => {
    expect(
      visitOf(english('Suva, 4 December 2026 (updated 5 December 2026)', 'yesterday and today')),
    ).toEqual({ country: 'WS', start: '2026-12-03', end: '2026-12-04' });
  });

  it('reads "the day before yesterday and yesterday" under a stamp with its hour', () => {
    expect(
      visitOf(
        english(
          'Suva, 4 December 2026 (Updated: 5 December 2026, 10:30)',
          'the day before yesterday and yesterday',
        ),
      ),
    ).toEqual({ country: 'WS', start: '2026-12-02', end: '2026-12-03' });
  });

  it('reads "yesterday" alone under a stamp after a comma', () => {
    expect(
      visitOf(english('Suva, 4 December 2026, last updated 5 December 2026', 'yesterday')),
    ).toEqual({ country: 'WS', start: '2026-12-03', end: '2026-12-03' });
  });

  it('reads «вчера и сегодня» under a Russian stamp of the update', () => {
    expect(
      visitOf(
        `Агентство по рыболовству\n\nАлматы, 4 декабря 2026 г. (обновлено 5 декабря 2026 г.)\n\nГенеральный секретарь Агентства Аскар Бекмуратов вчера и сегодня находился с рабочим визитом в Кыргызской Республике.\n\nВ Бишкеке его принял Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев.`,
      ),
    ).toEqual({ country: 'KG', start: '2026-12-03', end: '2026-12-04' });
  });

  it('reads «dün ve bugün» under a Turkish stamp of the update', () => {
    expect(
      visitOf(
        `Balıkçılık Ajansı\n\nAnkara, 4 Aralık 2026 (Güncelleme: 5 Aralık 2026)\n\nAjans Genel Sekreteri Mehmet Yalçınkaya, dün ve bugün Gürcistan'da temaslarda bulundu.\n\nYalçınkaya, Tiflis'te Gürcistan Dışişleri Bakanı Maka Botchorishvili ile görüştü.`,
      ),
    ).toEqual({ country: 'GE', start: '2026-12-03', end: '2026-12-04' });
  });
});

describe('a week named by its place in the month, its days told after it', () => {
  it("spans «Aralık'ın ikinci haftasında» from the first day told to the last", () => {
    expect(
      visitOf(
        `Maarif Vakfı\n\nAnkara, 6 Aralık 2026\n\nVakıf Başkanı Özbekistan'da\n\nTürkiye Maarif Vakfı Başkanı Prof. Dr. Selim Ertuğrul Kayacan, Aralık'ın ikinci haftasında Özbekistan ve Tacikistan'a bir çalışma ziyareti gerçekleştirdi.\n\nKayacan, 8 Aralık Salı günü Taşkent'te Özbekistan Okul Öncesi ve Okul Eğitimi Bakanı Hilola Umarova ile görüştü.\n\n9 Aralık'ta Semerkant Devlet Üniversitesi'ni ziyaret eden heyet, Rektör Prof. Dr. Rustam Halmuradov tarafından kabul edildi.\n\nHeyet, 10 ve 11 Aralık'ta Tacikistan'da temaslarını sürdürdü. Duşanbe'de Tacikistan Eğitim Bakanı Rahim Saidzoda ile görüşüldü.`,
      ),
    ).toEqual({ country: 'UZ', start: '2026-12-08', end: '2026-12-11' });
  });

  it('spans "the second week of December" over the days told in later sentences', () => {
    expect(
      visitOf(
        `Hydrographic Office\n\nMONACO\n15 December 2026\n\nIn the second week of December the Director of the Hydrographic Office, Captain Ingrid Solberg-Haug, made official visits to Malaysia and Indonesia.\n\nOn Tuesday 8 December she was received in Kuala Lumpur by the Chief Hydrographer of Malaysia, First Admiral Azmi bin Othman.\n\nShe went on to Jakarta on 10 December, where she called on the Chief of the Hydro-Oceanographic Centre, Rear Admiral Budi Santoso.\n\nOn 11 December she visited the port of Tanjung Priok.`,
      ),
    ).toEqual({ country: 'MY', start: '2026-12-08', end: '2026-12-11' });
  });

  it('spans «в первую неделю декабря» over the days its meetings are dated', () => {
    expect(
      visitOf(
        `Агентство\n\nМосква, 14 декабря 2026 года\n\nВ первую неделю декабря Генеральный секретарь Агентства Сергей Валентинович Лаптев посетил Казахстан и Узбекистан.\n\n1 декабря в Астане он встретился с Министром энергетики Республики Казахстан Алмасом Саткалиевым.\n\n3 и 4 декабря Генеральный секретарь провёл переговоры в Ташкенте с Министром энергетики Республики Узбекистан Журабеком Мирзамахмудовым.`,
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-01', end: '2026-12-04' });
  });

  it('leaves out a day told after the week, of something else', () => {
    expect(
      visitOf(
        `Hydrographic Office\n\nMONACO\n15 December 2026\n\nDuring the first week of December the Director of the Hydrographic Office, Captain Ingrid Solberg-Haug, was on an official visit to Malaysia.\n\nOn 2 December she was received in Kuala Lumpur by the Chief Hydrographer of Malaysia, First Admiral Azmi bin Othman.\n\nOn 4 December she toured the port of Klang. The office will host a workshop on 17 December.`,
      ),
    ).toEqual({ country: 'MY', start: '2026-12-02', end: '2026-12-04' });
  });
});

describe('Iranian, Afghan and Central Asian towns, in Turkish and Russian', () => {
  it('places a Turkish trip to a country and then a town of another by the country it opens with', () => {
    expect(
      visitOf(
        "Erzurum Ticaret Odası\n\nErzurum, 3 Aralık 2026\n\nOda heyeti İran ve Nahçıvan'da\n\nErzurum Ticaret Odası Başkanı Saltuk Bulutoğlu başkanlığındaki heyet, Pazartesi'den Çarşamba'ya kadar İran ve Nahçıvan Özerk Cumhuriyeti'nde bir dizi temasta bulundu.\n\nHeyet, Pazartesi günü Erdebil'de Erdebil Eyaleti Valisi Mesud Emami ile görüştü.\n\nSalı günü Tebriz'e geçen heyet, Tebriz Belediye Başkanı Yakub Hüşyari tarafından kabul edildi.\n\nÇarşamba günü Nahçıvan'a geçen heyet, Nahçıvan Ekonomi Bakanı Rauf Gasımov ile görüştü.",
      ).country,
    ).toBe('IR');
  });

  it('places Me\u015fhed and Herat, Iranian and Afghan towns by their Turkish names', () => {
    expect(
      visitOf(
        "Konya Ticaret Odası\n\nKonya, 3 Aralık 2026\n\nKonya Ticaret Odası heyeti, Meşhed ve Herat'ta temaslarda bulundu.\n\nHeyet, Meşhed'de Horasan-ı Rezevi Eyaleti Vali Yardımcısı Hüseyin Rahimi ile görüştü. Ardından Herat'a geçen heyet, Herat Valisi İslamuddin Cihangiri ile bir araya geldi.",
      ).country,
    ).toBe('IR');
  });

  it('places \u00ab\u0422\u0435\u0431\u0440\u0438\u0437\u00bb and \u00ab\u0418\u0441\u0444\u0430\u0445\u0430\u043d\u00bb in Iran', () => {
    expect(
      visitOf(
        'Торгово-промышленная палата\n\nКазань, 3 декабря 2026 г.\n\nДелегация палаты во главе с Президентом палаты Шамилем Агеевым посетила Тебриз и Исфахан.\n\nВ Тебризе делегацию принял губернатор провинции Восточный Азербайджан Мехди Мусави.\n\nВ Исфахане состоялась встреча с мэром Исфахана Али Каземи.',
      ).country,
    ).toBe('IR');
  });

  it('places \u0130sfahan and \u015eiraz in Iran', () => {
    expect(
      visitOf(
        "Ajans\n\nAnkara, 3 Aralık 2026\n\nAjans Başkanı Murat Ersoy, İsfahan ve Şiraz'da temaslarda bulundu. Ersoy, İsfahan'da İsfahan Valisi Mehdi Cemalinejad ile görüştü.",
      ).country,
    ).toBe('IR');
  });

  it('places Andican and Fergana in Uzbekistan', () => {
    expect(
      visitOf(
        "Ajans\n\nAnkara, 3 Aralık 2026\n\nAjans Başkanı Murat Ersoy, Andican ve Fergana'da temaslarda bulundu. Ersoy, Andican'da Andican Valisi Şuhrat Abdurahmanov ile görüştü.",
      ).country,
    ).toBe('UZ');
  });

  it('places \u00ab\u0432 \u041c\u0435\u0448\u0445\u0435\u0434\u0435\u00bb in Iran', () => {
    expect(
      visitOf(
        'Палата\n\nМосква, 3 декабря 2026 г.\n\nПрезидент палаты Сергей Иванов находился с рабочим визитом в Мешхеде. В Мешхеде его принял губернатор провинции Хорасан-Резави Голамхоссейн Мозаффари.',
      ).country,
    ).toBe('IR');
  });
});

describe('a release told by the host, its town alone on a line of its heading', () => {
  it('places a visit to an Indian board in the town its heading names, not where the guests come from', () => {
    expect(
      visitOf(
        `TEA BOARD\n(Ministry of Commerce and Industry, Government of India)\nGuwahati\n\nPRESS RELEASE\nDecember 4, 2026\n\nThai tea delegation to visit Tea Board on December 7 and 8\n\nA nine-member delegation from the Kingdom of Thailand, led by the Deputy Minister of Agriculture, Somchai Wongsawat-Rak, will visit the Tea Board offices in Guwahati on December 7 and 8.\n\nOn Monday the delegation will be received by the Chairman of the Tea Board, Dr. Pranjal Baruah Saikia.`,
      ),
    ).toEqual({ country: 'IN', start: '2026-12-07', end: '2026-12-08' });
  });

  it('places one whose heading names Kozhikode', () => {
    expect(
      visitOf(
        `COIR BOARD\nKozhikode\n\nPRESS RELEASE\nDecember 4, 2026\n\nA delegation from the Democratic Socialist Republic of Sri Lanka visited the Coir Board yesterday and was received by the Chairman of the Coir Board, Dr. Anil Kumar Menon.`,
      ).country,
    ).toBe('IN');
  });
});
