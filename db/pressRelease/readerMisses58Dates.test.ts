import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a list of days written after their month', () => {
  it('reads "spent December 7, 8 and 9" as the 7th to the 9th', () => {
    expect(
      visitOf(
        'Heron Library Trust\n\nHELSINKI — December 11, 2026\n\nThe Director of the Heron ' +
          'Library Trust, Maren Isaksdottir-Vale, spent December 7, 8 and 9 in Estonia, meeting ' +
          'the librarians of the islands.\n\nIn Tallinn she called on Dr. Kaja Merivoo, Director ' +
          'of the National Library.',
      ),
    ).toEqual({ country: 'EE', start: '2026-12-07', end: '2026-12-09' });
  });
});

describe('two edges of months joined by «ile»', () => {
  it('reads «Kasım ayının son iki günü ile Aralık ayının ilk günü» as 29 November to 1 December', () => {
    expect(
      visitOf(
        'ÇINARLI ÜNİVERSİTESİ\n\nÇınarlı, 3 Aralık 2026\n\nRektörümüz Prof. Dr. Oğuz Tekinsoy, ' +
          'Kasım ayının son iki günü ile Aralık ayının ilk gününü kapsayan çalışma ziyareti ' +
          "kapsamında Gürcistan'da temaslarda bulundu.\n\nRektörümüz, Tiflis'te Rektör Levan " +
          'Kvirikadze ile görüştü.',
      ),
    ).toEqual({ country: 'GE', start: '2026-11-29', end: '2026-12-01' });
  });
});

describe('a Turkish period whose ends carry their weekdays', () => {
  it('reads «23 Kasım Pazartesi ile 25 Kasım Çarşamba arasında» as 23 to 25 November', () => {
    expect(
      visitOf(
        'ÇINARLI ÜNİVERSİTESİ\n\nÇınarlı, 27 Kasım 2026\n\nRektörümüz Prof. Dr. Oğuz Tekinsoy, ' +
          "23 Kasım Pazartesi ile 25 Kasım Çarşamba arasında Gürcistan'da bir çalışma ziyareti " +
          "gerçekleştirdi.\n\nRektörümüz, Tiflis'te Rektör Levan Kvirikadze ile görüştü.",
      ),
    ).toEqual({ country: 'GE', start: '2026-11-23', end: '2026-11-25' });
  });

  it('reads days written in words, «yirmi üç Kasım … ile yirmi beş Kasım», as 23 to 25 November', () => {
    expect(
      visitOf(
        'ÇINARLI ÜNİVERSİTESİ\n\nÇınarlı, 27 Kasım 2026\n\nRektörümüz Prof. Dr. Oğuz Tekinsoy, ' +
          'yirmi üç Kasım Pazartesi ile yirmi beş Kasım Çarşamba arasında Gürcistan’da bir ' +
          "çalışma ziyareti gerçekleştirdi.\n\nRektörümüz, Tiflis'te Rektör Levan Kvirikadze ile " +
          'görüştü.',
      ),
    ).toEqual({ country: 'GE', start: '2026-11-23', end: '2026-11-25' });
  });
});

describe('a Russian period from a weekday to a weekday, each with its day', () => {
  it('reads «Со среды, 9-го, по пятницу, 11 декабря» as 9 to 11 December', () => {
    expect(
      visitOf(
        'Институт северных языков\n\n3 декабря 2026 года\n\nСо среды, 9-го, по пятницу, 11 ' +
          'декабря, директор института Марина Олеговна Тарханова совершит рабочую поездку в ' +
          'Финляндию.\n\nВ Хельсинки запланирована встреча с ректором университета Ээро Ханнула.',
      ),
    ).toEqual({ country: 'FI', start: '2026-12-09', end: '2026-12-11' });
  });
});

describe('a dateline of two towns set apart by a slash with spaces', () => {
  it('reads "GENEVA / TARTU — December 11, 2026" as the day of issue, no day of the visit', () => {
    expect(
      visitOf(
        'Heron Library Trust\nNews from the Trust\n\nHeron Library Trust head meets island ' +
          'librarians\n\nGENEVA / TARTU — December 11, 2026\n\nThe Director of the Heron ' +
          'Library Trust, Maren Isaksdottir-Vale, spent December 7, 8 and 9 in Estonia, meeting ' +
          'the librarians of the islands.\n\nIn Tallinn she called on Dr. Kaja Merivoo, Director ' +
          'of the National Library.',
      ),
    ).toEqual({ country: 'EE', start: '2026-12-07', end: '2026-12-09' });
  });
});

describe('a stay told by the day of arrival and its length', () => {
  it('reads "arrived in Tartu on Monday 7 December for three days" as the 7th to the 9th', () => {
    expect(
      visitOf(
        'Heron Library Trust\nMedia release\n\nFriday 11 December 2026\n\nTrust Director ' +
          'visits island libraries\n\nThe Director of the Heron Library Trust, Dr Maren ' +
          'Isaksdottir-Vale, arrived in Tartu on Monday 7 December for three days in Estonia, ' +
          'most of them spent on the islands.\n\nIn Tartu she called on Dr Kaja Merivoo, ' +
          'Director of the University Library.',
      ),
    ).toEqual({ country: 'EE', start: '2026-12-07', end: '2026-12-09' });
  });
});

describe('a note of the release updated that moves the arrival', () => {
  it('reads "will now arrive … on Monday 7 December, one day earlier" as the new first day', () => {
    expect(
      visitOf(
        'HERON LIBRARY TRUST\nPRESS STATEMENT\n\nHelsinki, Finland — 3 December 2026\n\n' +
          'UPDATED 5 December 2026: Following a change in flight schedules, the Director will ' +
          'now arrive in Tallinn on Monday 7 December, one day earlier than first announced.\n\n' +
          'Trust Director to visit Estonia\n\nThe Director of the Heron Library Trust, Ms Maren ' +
          'Isaksdottir-Vale, will undertake a working visit to Estonia from 8 to 10 December ' +
          '2026.\n\nIn Tallinn she will hold talks with Dr Kaja Merivoo, Director of the ' +
          'National Library.',
      ),
    ).toEqual({ country: 'EE', start: '2026-12-07', end: '2026-12-10' });
  });
});

describe('a visit that ended on a dated weekday and began on a weekday alone', () => {
  it('reads "concluded on Friday (11 December) a visit … that began … on Tuesday" as the 8th to the 11th', () => {
    expect(
      visitOf(
        'HERON LIBRARY TRUST\n\nHANDOUT\n\nHelsinki, 12 December 2026\n\nTrust chief concludes ' +
          'visit to Estonia\n\nThe Director of the Heron Library Trust, Dr. Maren Isaksdottir-' +
          'Vale, concluded on Friday (11 December) a visit to Estonia that began in Tallinn on ' +
          'Tuesday, during which she toured the island libraries.\n\nOn arrival in Tallinn, Dr. ' +
          'Isaksdottir-Vale called on Dr. Kaja Merivoo, Director of the National Library.\n\n' +
          'On Thursday the guest visited Tartu.',
      ),
    ).toEqual({ country: 'EE', start: '2026-12-08', end: '2026-12-11' });
  });
});

describe('a note of the release updated after the stamp of its update and a dash', () => {
  it('reads «Güncelleme: 5 Aralık 2026, 15.40 – … 11 Aralık Cuma günü sona erecek» as a later end', () => {
    expect(
      visitOf(
        'ÇINARLI ÜNİVERSİTESİ\nBasın Birimi\n\nDuyuru – 2 Aralık 2026\nGüncelleme: 5 Aralık ' +
          '2026, 15.40 – Ziyaret programına Kutaisi eklenmiş, ziyaret bir gün uzatılarak 11 ' +
          'Aralık Cuma günü sona erecek şekilde düzenlenmiştir.\n\nRektörümüz Gürcistan’ı ' +
          'ziyaret edecek\n\nRektörümüz Prof. Dr. Oğuz Tekinsoy, 8-10 Aralık tarihlerinde ' +
          "Gürcistan'a bir çalışma ziyareti gerçekleştirecek.\n\nRektörümüz, Tiflis'te Rektör " +
          'Levan Kvirikadze ile görüşecek.',
      ),
    ).toEqual({ country: 'GE', start: '2026-12-08', end: '2026-12-11' });
  });
});

describe('the day of issue on its line with the stamp of its update after it', () => {
  it('reads «4 Aralık 2026 Güncellendi: 4 Aralık 2026, 18.20» as the day weekdays are told from', () => {
    expect(
      visitOf(
        'ÇINARLI ODASI\nBasın Açıklaması\n\n4 Aralık 2026\nGüncellendi: 4 Aralık 2026, 18.20\n\n' +
          "Genel Başkanımız Gürcistan'daydı\n\nÇınarlı Odası Genel Başkanı Oğuz Tekinsoy'in " +
          "Gürcistan'a yönelik çalışma ziyareti bugün sona erdi. Salı günü Tiflis'te başlayan " +
          "ziyaret, Batum'da tamamlandı.\n\nTekinsoy, Tiflis'te Bakan Yardımcısı Levan " +
          'Kvirikadze ile görüştü.',
      ),
    ).toEqual({ country: 'GE', start: '2026-12-01', end: '2026-12-04' });
  });
});

describe('weekdays alone told after a lead that puts the stay in the week before', () => {
  it('reads "spent last week in A … on Monday … ended on Thursday" in that week', () => {
    expect(
      visitOf(
        'HERON LIBRARY TRUST\nNews Release\n\nMonday, 14 December 2026\n\nTrust head sails to ' +
          'the islands\n\nTALLINN, Estonia – The Director of the Heron Library Trust, Dr. Maren ' +
          'Isaksdottir-Vale, spent last week in Estonia, meeting the librarians of the islands.' +
          '\n\nThe trip began in Tallinn on Monday, where Dr. Isaksdottir-Vale was briefed by Dr. ' +
          'Kaja Merivoo, Director of the National Library.\n\nOn Wednesday the ship reached ' +
          'Kihnu.\n\nThe visit ended on Thursday at Ruhnu.',
      ),
    ).toEqual({ country: 'EE', start: '2026-12-07', end: '2026-12-10' });
  });
});

describe('a weekday that names an island', () => {
  it('reads "arrived on Sunday Island on Tuesday morning" as no Sunday of the visit', () => {
    expect(
      visitOf(
        'HERON ISLANDS COUNCIL\nMEDIA RELEASE\n3 December 2026\n\nMayor welcomes Trust head\n\n' +
          'Heron Islands Council Mayor Cr Tamsin Urwald-Reece has welcomed the Director of the ' +
          'Heron Library Trust, Dr Maren Isaksdottir-Vale, to New Zealand, hosting her on ' +
          'Tuesday 1 and Wednesday 2 December 2026.\n\nDr Isaksdottir-Vale arrived on Sunday ' +
          'Island on Tuesday morning, where Mayor Urwald-Reece briefed her on the library plan.',
      ),
    ).toMatchObject({ start: '2026-12-01', end: '2026-12-02' });
  });
});

describe('a dateline of a town the gazetteer does not know, a colon after its date', () => {
  it('reads "Kelvara, 3rd December 2026:" as the day of issue, no day of the visit', () => {
    expect(
      visitOf(
        'PRESS NOTE\n\nHeron Library Trust Director visits the libraries of Estonia\n\nKelvara, 3rd ' +
          'December 2026: The Director of the Heron Library Trust, Ms. Maren Isaksdottir-Vale, ' +
          'was on a working visit to Estonia on 1st and 2nd December 2026 to see the island ' +
          'libraries.\n\nOn 1st December at Tallinn, Ms. Isaksdottir-Vale called on Dr. Kaja ' +
          'Merivoo, Director of the National Library.',
      ),
    ).toEqual({ country: 'EE', start: '2026-12-01', end: '2026-12-02' });
  });
});

describe('a stay told by the weekday it ended and its length, under a dateline with a region', () => {
  it('reads "KELVARA, Harju, Estonia, December 11, 2026 — … on Thursday wrapped up a two-day visit"', () => {
    expect(
      visitOf(
        'NEWS RELEASE | Heron Library Trust\n\nKELVARA, Harju, Estonia, December 11, 2026 — The ' +
          'Director of the Heron Library Trust, Dr. Maren Isaksdottir-Vale, on Thursday wrapped ' +
          'up a two-day visit to Harju, where the Trust is working with island libraries.\n\nIn ' +
          'Tallinn she was received by the Director of the National Library, Dr. Kaja Merivoo.',
      ),
    ).toEqual({ country: 'EE', start: '2026-12-09', end: '2026-12-10' });
  });
});
