import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a week named by its date, with the weekdays of the visit after it', () => {
  it('reads "in the week of 7 December, from Tuesday to Thursday" as the 8th to the 10th', () => {
    expect(
      visitOf(
        'HERON TRUST\nMedia statement\n\nGaborone, 3 December 2026\n\nHeron Trust head to ' +
          'travel north\n\nThe Chief Executive of the Heron Trust, Ms Palesa Moroka-Vink, will ' +
          'travel to the North-East District of Botswana in the week of 7 December, from Tuesday ' +
          'to Thursday, to meet the leaders whose support the new wetland reserve needs.\n\n' +
          'In Francistown she will meet the District Commissioner, Mr Kabelo Seretse-Ntwa.\n\n' +
          'On Wednesday the delegation will drive to the Shashe dam.\n\nOn Thursday the ' +
          'programme will continue to Tati, where the delegation will visit the old mine.',
      ),
    ).toEqual({ country: 'BW', start: '2026-12-08', end: '2026-12-10' });
  });
});

describe('a dateline whose country has a long name, the date in brackets', () => {
  it('reads "PAKXE, Lao People\'s Democratic Republic (December 5, 2026) –" as the day of issue', () => {
    expect(
      visitOf(
        'River Fund Newsroom\n\nRiver Fund President Meets Lao Leaders\n\n' +
          "PAKXE, Lao People's Democratic Republic (December 5, 2026) – River Fund President " +
          'Dr. Alma Kessling-Vorn traveled to Laos from Tuesday, December 1, through Friday, ' +
          'December 4, to discuss the future of the wetlands of the south.\n\nIn Pakxe, Dr. ' +
          'Kessling-Vorn met the Governor of Champasak Province, Mr. Bounmy Sithavong.\n\nOn ' +
          'Thursday, the delegation crossed the river to the islands.',
      ),
    ).toEqual({ country: 'LA', start: '2026-12-01', end: '2026-12-04' });
  });
});

describe('a Turkish day of issue written with its weekday after it', () => {
  it('reads «30 Kasım 2026 Pazartesi» as the day the weekdays gone by are told from', () => {
    expect(
      visitOf(
        'TUZ DERNEĞİ GENEL MERKEZİ\nDuyuru\n\n30 Kasım 2026 Pazartesi\n\nGenel Başkanımız ' +
          "Portekiz'de\n\nTuz Derneği Genel Başkanı Ahmet Durmaz, Cuma'dan Pazar'a kadar " +
          "Portekiz'de bir dizi ziyaret ve görüşme gerçekleştirdi.\n\nCuma günü Lizbon'a " +
          'ulaşan Durmaz, Portekiz Deniz Bakanı Rui Tavares Mendonça tarafından kabul edildi.',
      ),
    ).toEqual({ country: 'PT', start: '2026-11-27', end: '2026-11-29' });
  });
});

describe('a note of the release updated that gives the stay a new last day', () => {
  it('reads «Обновлено …: поездка продлится до 12 декабря включительно» as up to the 12th', () => {
    expect(
      visitOf(
        'СОЛЯНОЙ ИНСТИТУТ\n\nТомск, 3 декабря 2026 г.\n\nОбновлено 6 декабря 2026 г.: из-за ' +
          'погоды рейс перенесён на сутки, поездка продлится до 12 декабря включительно.\n\n' +
          'Делегация института отправится на Таймыр\n\nПятидневная рабочая поездка директора ' +
          'института Ивана Петровича Соловьёва начнётся в понедельник, 7 декабря.\n\nВ Дудинке ' +
          'делегацию примет глава района Степан Ильич Турдагин.',
      ),
    ).toEqual({ country: 'RU', start: '2026-12-07', end: '2026-12-12' });
  });

  it("reads «Güncelleme (…): ziyaret bir gün kısaltılmıştır; heyet 15 Aralık'ta dönecektir»", () => {
    expect(
      visitOf(
        'TUZ ÜNİVERSİTESİ\nHaberler\n\nÇankırı, 4 Aralık 2026\nGüncelleme (9 Aralık 2026): ' +
          'programın sıkıştırılması nedeniyle ziyaret bir gün kısaltılmıştır; heyet 15 ' +
          "Aralık'ta Türkiye'ye dönecektir.\n\nRektörümüz Portekiz'i ziyaret edecek\n\n" +
          "Tuz Üniversitesi Rektörü Prof. Dr. Ahmet Durmaz, 13-16 Aralık tarihlerinde Portekiz'i " +
          "ziyaret edecek. Rektör Durmaz, Lizbon'da Deniz Bakanı Rui Tavares Mendonça ile " +
          'görüşecek.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-13', end: '2026-12-15' });
  });

  it('reads "UPDATE, 8 December 2026: the visit has been shortened by one day" as a day less', () => {
    expect(
      visitOf(
        'WORLD SALT FORUM\n\nGeneva, 4 December 2026\n\nUPDATE, 8 December 2026: the visit has ' +
          'been shortened by one day.\n\nSecretary General to visit Portugal\n\nThe Secretary ' +
          'General of the World Salt Forum, Henrik Aalvik, will visit Portugal from 14 to 17 ' +
          'December. In Lisbon he will meet the Minister of the Sea, Rui Tavares Mendonça.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-14', end: '2026-12-16' });
  });
});

describe('a Turkish name written again in Cyrillic, in brackets after it', () => {
  it('reads «Belediye Başkanı A B (А Б) karşıladı» as one man', () => {
    expect(
      met(
        'TUZ DERNEĞİ\nDuyuru\n\nİstanbul, 4 Aralık 2026\n\nTuz Derneği Genel Başkanı Ahmet Durmaz, ' +
          "Sırbistan'da temaslarda bulundu. Cumartesi günü Niş'e geçen heyeti, Niş Belediye " +
          'Başkanı Dragan Milovac (Драган Миловац) karşıladı.',
      ),
    ).toEqual(['Dragan Milovac']);
  });
});

describe('a Turkish people named in the plural among whom someone worked', () => {
  it('reads «Kara Tatarlar arasında derlemeler yapan Türkolog A B» as no one met', () => {
    expect(
      met(
        'TUZ DERNEĞİ\nDuyuru\n\nİstanbul, 4 Aralık 2026\n\nTuz Derneği Genel Başkanı Ahmet ' +
          "Durmaz, Tomsk'ta Tomsk Kültür Dairesi Müdürü Oleg Prokin ile görüşecek. Heyet " +
          'ayrıca, 1910 yılında Kara Tatarlar arasında derlemeler yapan Türkolog Pavel Salin’in ' +
          'kayıtlarından hazırlanan sergiyi de ziyaret edecek.',
      ),
    ).toEqual(['Oleg Prokin']);
  });

  it('keeps a German surname in "-ler" whom the delegation met (guard)', () => {
    expect(
      met(
        'TUZ DERNEĞİ\nDuyuru\n\nİstanbul, 4 Aralık 2026\n\nTuz Derneği Genel Başkanı Ahmet ' +
          "Durmaz, Berlin'de Tuz Enstitüsü Müdürü Jonas Kessler ile görüştü.",
      ),
    ).toEqual(['Jonas Kessler']);
  });
});

describe("a Shia cleric's styles before his name in Turkish", () => {
  it("reads «Cuma İmamı Hüccetülislam ve'l-Müslimin Seyyid A B'yi ziyaret etti»", () => {
    expect(
      roles(
        'TUZ DERNEĞİ\nDuyuru\n\nİstanbul, 4 Aralık 2026\n\nTuz Derneği Genel Başkanı Ahmet ' +
          "Durmaz, İran'da temaslarda bulundu. Durmaz ayrıca Sebzevar Cuma İmamı Hüccetülislam " +
          "ve'l-Müslimin Seyyid Hasan Tabatabai'yi ziyaret etti.",
      ).map(([name, title]) => [name, title]),
    ).toEqual([['Hasan Tabatabai', 'Sebzevar Cuma İmamı']]);
  });
});

describe('one who spoke at the meeting just told, named as the next sentence opens', () => {
  const release = (subject: string) =>
    'TUZ DERNEĞİ\nDuyuru\n\nİstanbul, 4 Aralık 2026\n\nTuz Derneği Genel Başkanı Ahmet ' +
    "Durmaz, Portekiz'de temaslarda bulundu. Aveiro'ya giden heyet, Aveiro Belediye Başkanı " +
    "Rui Tavares Mendonça'nın ev sahipliğinde düzenlenen bir toplantıda yerel tuzcularla " +
    `buluştu. Toplantıda ${subject}, derneğin arşivini Tuz Derneği'ne emanet etmeyi teklif etti.`;

  it('reads «Toplantıda Dernek Başkanı A B, … teklif etti» as someone met', () => {
    expect(met(release('Aveiro Tuzcular Derneği Başkanı Maria Lopes Vidal'))).toEqual([
      'Rui Tavares Mendonça',
      'Maria Lopes Vidal',
    ]);
  });

  it("keeps the visitor's own envoy out (guard)", () => {
    expect(met(release("Türkiye'nin Lizbon Büyükelçisi Selin Aksoy"))).toEqual([
      'Rui Tavares Mendonça',
    ]);
  });
});
