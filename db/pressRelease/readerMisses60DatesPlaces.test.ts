import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';
import { stampOnly } from './visitFacts.js';

describe('a period from a dated day to a weekday that followed it', () => {
  it('reads "from the last Monday of November to the Thursday that followed" as 30 November to 3 December', () => {
    expect(
      visitOf(
        'HARROW SEED TRUST\nPress release\n\nOslo, 5 December 2026\n\nThe Director of the ' +
          'Harrow Seed Trust, Ingrid Valstad, has returned from Malawi. Her visit ran from the ' +
          'last Monday of November to the Thursday that followed.\n\nIn Zomba she met the ' +
          'District Commissioner, Chisomo Banda.',
      ),
    ).toEqual({ country: 'MW', start: '2026-11-30', end: '2026-12-03' });
  });

  it('reads "from 29 December 2026 to the Saturday that followed" across the year end', () => {
    expect(
      visitOf(
        'HARROW SEED TRUST\nPress release\n\nOslo, 8 January 2027\n\nThe Director of the ' +
          'Harrow Seed Trust, Ingrid Valstad, has returned from Malawi. Her visit ran from 29 ' +
          'December 2026 to the Saturday that followed.\n\nIn Zomba she met the District ' +
          'Commissioner, Chisomo Banda.',
      ),
    ).toEqual({ country: 'MW', start: '2026-12-29', end: '2027-01-02' });
  });
});

describe('a programme told by the day it opened and the day it closed', () => {
  it('reads "The programme opened in A on Monday 30 November and closed in B on Thursday 3 December"', () => {
    expect(
      visitOf(
        'Marlow Ocean Council\n\nCopenhagen, 4 December 2026\n\nThe Secretary of the Marlow ' +
          'Ocean Council, Dr Ove Lindqvist, has completed a working visit to the coast of ' +
          'Norway. The programme opened in Tromsø on Monday 30 November and closed in Bodø on ' +
          'Thursday 3 December.\n\nIn Tromsø he was received by the Mayor, Kari Nordmo. On ' +
          'Tuesday the delegation sailed to Senja. The visit ended on Thursday at the ' +
          'Nordland Research Centre in Bodø, where its Director, Dr Eirik Solbakk, met him.',
      ),
    ).toEqual({ country: 'NO', start: '2026-11-30', end: '2026-12-03' });
  });
});

describe('a stamp of the day of issue with its hour and time zone', () => {
  it('reads «04.12.2026 09:40 (МСК+7)» above the heading as no day of the visit', () => {
    expect(
      visitOf(
        'Северный институт рыбного хозяйства\nНовости института\n\n04.12.2026 09:40 (МСК+7)' +
          '\n\nУчёные института побывали в Туруханском районе\n\n2 и 3 декабря директор ' +
          'института Павел Игоревич Сёмин совершил рабочую поездку в Туруханский район.\n\nВ ' +
          'Туруханске делегацию принял глава района Олег Васильевич Крутов.',
      ),
    ).toEqual({ country: 'RU', start: '2026-12-02', end: '2026-12-03' });
  });

  it('reads "4 December 2026, 14:20 (GMT+3)" as the day of issue alone', () => {
    expect(stampOnly('4 December 2026, 14:20 (GMT+3)')).toBe(true);
    expect(stampOnly('4 December 2026, 14:20 EAT')).toBe(true);
  });
});

describe('a note of update that shortens the stay', () => {
  it('reads «Обновление:» with no day of its own under a stamp of update, the stay ending on the day it names', () => {
    expect(
      visitOf(
        'Федеральное агентство лесного семенного фонда\nПресс-центр\n\n3 декабря 2026 года\n' +
          'Обновлено 6 декабря 2026 года, 11:20\n\nРуководитель агентства посетит Карелию\n\nС ' +
          '15 по 17 декабря руководитель агентства Игорь Васильевич Лаптев посетит с рабочим ' +
          'визитом Республику Карелия.\n\nОбновление: визит сокращён на один день и завершится ' +
          '16 декабря. Встречи, запланированные на 17 декабря в Петрозаводске, перенесены.\n\nВ ' +
          'Петрозаводске запланирована встреча с министром природных ресурсов республики ' +
          'Ольгой Петровной Вахрушевой.',
      ),
    ).toEqual({ country: 'RU', start: '2026-12-15', end: '2026-12-16' });
  });

  it('reads «3 декабря 2026 года Обновлено 6 декабря 2026 года, 11:20» as the day of issue alone', () => {
    expect(stampOnly('3 декабря 2026 года Обновлено 6 декабря 2026 года, 11:20')).toBe(true);
  });
});

describe('a timed note of update that puts off the return', () => {
  it('reads «GÜNCELLEME – 5 Aralık 2026, 11.20:» and a return put off to a day it names as the end', () => {
    expect(
      visitOf(
        'ÇINARLI ÜNİVERSİTESİ\nBasın Birimi\n\nÇınarlı, 4 Aralık 2026\n\nGÜNCELLEME – 5 Aralık ' +
          "2026, 11.20: Kiruna'dan dönüş uçuşu fırtına nedeniyle bir gün ertelendi. Heyet, " +
          "programına 5 Aralık Cumartesi günü Kiruna'da eklenen bir görüşmeyle devam etti.\n\n" +
          "Rektörümüz Prof. Dr. Oğuz Tekinsoy'un İsveç'e yaptığı çalışma ziyareti 30 Kasım " +
          "Pazartesi günü başladı ve bugün Kiruna'da sona eriyor.\n\nRektörümüz, Kiruna'da " +
          'Belediye Başkanı Lars Nilsson ile görüştü.',
      ),
    ).toEqual({ country: 'SE', start: '2026-11-30', end: '2026-12-05' });
  });
});

describe('a visitor who will travel to a region of a country, from a dateline at home', () => {
  it('reads "will travel to the Cordillera Administrative Region of the Philippines" as PH, not the dateline\'s US', () => {
    expect(
      visitOf(
        'HARBOR FOREST TRUST\nNEWS RELEASE\n\nTrust chief to see upland forests\n\nWASHINGTON, ' +
          'D.C., December 4, 2026 — The Director of the Harbor Forest Trust, Dr. Ann Ross, will ' +
          'travel to the Cordillera Administrative Region of the Philippines Dec. 7-9 to see ' +
          'how upland communities manage their forests.\n\nIn Banaue she will meet Mayor ' +
          'Felipe Dulnuan.',
      ),
    ).toEqual({ country: 'PH', start: '2026-12-07', end: '2026-12-09' });
  });

  it('reads "will travel to Kenya" as KE, not the dateline\'s US', () => {
    expect(
      visitOf(
        'HARBOR FOREST TRUST\nNEWS RELEASE\n\nTrust chief to see upland forests\n\nWASHINGTON, ' +
          'D.C., December 4, 2026 — The Director of the Harbor Forest Trust, Dr. Ann Ross, will ' +
          'travel to Kenya Dec. 7-9 to see how upland communities manage their forests.\n\nIn ' +
          'Nyeri she will meet Governor Paul Wamae.',
      ),
    ).toEqual({ country: 'KE', start: '2026-12-07', end: '2026-12-09' });
  });
});

describe('an American dateline of a town and its state written short, with no date', () => {
  it('reads "MAGNOLIA BLUFF, S.C. —" under a dated line as a visit in the US, not the visitor\'s country', () => {
    expect(
      visitOf(
        'CEDAR HALL HERITAGE CENTER\n\nFOR IMMEDIATE RELEASE\nDecember 2, 2026\n\nKenyan ' +
          'Scholar Visits the Sea Islands\n\nMAGNOLIA BLUFF, S.C. — Cedar Hall Heritage ' +
          'Center was honored to host Professor Otieno Wafula, Vice-Chancellor of Lakeview ' +
          'University in Kenya, who arrived on Friday, November 27, 2026.\n\nProfessor Wafula ' +
          "was welcomed by the Center's Director, Dr. Edna Pruitt Holloway, who showed him the " +
          'archives.',
      ).country,
    ).toBe('US');
  });
});

describe('a visit told as begun in a town of one country and gone on to another', () => {
  it("reads «Almatı'da başlayan ve Kırgızistan'ın … bölgesine uzanan ziyareti» as opened in KZ", () => {
    expect(
      visitOf(
        'ÇINARLI ÜNİVERSİTESİ\nBasın Bülteni\n\nÇınarlı, 4 Aralık 2026 Cuma\n\nRektörümüz ' +
          "Dağlarda\n\nÇınarlı Üniversitesi Rektörü Prof. Dr. Oğuz Tekinsoy'un Salı günü " +
          "Almatı'da başlayan ve dağları aşarak Kırgızistan'ın Issık Göl bölgesine uzanan " +
          "ziyareti bugün Balıkçı'da sona erdi.\n\nZiyaretin ilk gününde Almatı Belediye " +
          "Başkanı Nurlan Esenov'la görüşen Rektör Tekinsoy, Çarşamba günü Kırgızistan'a geçti.",
      ).country,
    ).toBe('KZ');
  });
});
