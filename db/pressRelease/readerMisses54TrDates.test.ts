import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';
import { extractDraft } from './extractDraft.js';

describe('the day a release was put out, its reference number after it', () => {
  it('reads "Press Release: 4 December 2026 ABC-PR-20261204-77" as no day of the visit', () => {
    expect(
      visitOf(
        'Heron Fund for Survivors\n\nPress Release: 4 December 2026\nHFS-PR-20261204-77\n\n' +
          'Heron Fund head visits survivors in Kenya\n\nTHE HAGUE – Between 29 November and 3 ' +
          'December 2026, the Executive Director of the Heron Fund, Ms Ilse Brandvoort, travelled ' +
          'to Kenya to review the Fund’s programmes.\n\nIn Nairobi she met the Cabinet ' +
          'Secretary for Health, Hon. Wanjiru Kamaua Ndegwe.',
      ),
    ).toEqual({ country: 'KE', start: '2026-11-29', end: '2026-12-03' });
  });
});

describe('a dateline on its own line ending on a dash', () => {
  it('reads "LAKEVILLE, Fern Isle, 5 December 2026 –" as the day of issue', () => {
    expect(
      visitOf(
        'Heron Convention Secretariat – Press Release\n\nLAKEVILLE, Fern Isle, 5 December ' +
          '2026 –\n\nHeron Convention head visits Chile\n\nThe Executive Secretary of the Heron ' +
          'Convention, Dr Marta Ellingsen, has completed a mission to Chile. The mission began ' +
          'in Santiago on Monday 30 November and ended in Valparaíso on Saturday.\n\nIn Santiago ' +
          'she met the Undersecretary for Fisheries, Rodrigo Andrés Pinto Vergara.',
      ),
    ).toEqual({ country: 'CL', start: '2026-11-30', end: '2026-12-05' });
  });
});

describe('a stay told by its length and the day it ended', () => {
  it('reads «Трёхдневная поездка … завершилась в среду, 2 декабря» as 30 November to 2 December', () => {
    expect(
      visitOf(
        'Иркутск, 3 декабря 2026 г.\n\nТрёхдневная рабочая поездка ректора Байкальского ' +
          'университета Ольги Петровны Сазоновой в Монголию завершилась в среду, 2 декабря.\n\n' +
          'В Улан-Баторе ректор встретилась с министром образования Монголии Батбаяром Ганзоригом.',
      ),
    ).toEqual({ country: 'MN', start: '2026-11-30', end: '2026-12-02' });
  });

  it('reads «üç günlük ziyareti, 2 Aralık Çarşamba günü … tamamlandı» as 30 November to 2 December', () => {
    expect(
      visitOf(
        'ÇINARLI BELEDİYESİ\n\n3 Aralık 2026\n\nÇınarlı Belediyesi Genel Sekreteri Hakan Ulusoy ' +
          "başkanlığındaki heyetin Avusturya'ya yaptığı üç günlük çalışma ziyareti, 2 Aralık " +
          "Çarşamba günü Viyana'da yapılan görüşmelerle tamamlandı.\n\nHeyet, Viyana'da Belediye " +
          "Meclis Üyesi Franz Oberleitner'le görüştü.",
      ),
    ).toEqual({ country: 'AT', start: '2026-11-30', end: '2026-12-02' });
  });
});

describe('days written with an ending, the last one bare («со 2-го по 6 декабря»)', () => {
  it('reads «Со 2-го по 6 декабря» as 2 to 6 December', () => {
    expect(
      visitOf(
        'Москва, 7 декабря 2026 года\n\nСо 2-го по 6 декабря директор Музея степной культуры ' +
          'Олег Витальевич Сурмин находился с рабочим визитом в Республике Казахстан.\n\nВ ' +
          'Астане его принял министр культуры Казахстана Ерлан Болатович Жумабеков.',
      ),
    ).toEqual({ country: 'KZ', start: '2026-12-02', end: '2026-12-06' });
  });
});

describe('days listed after their month and a dash («декабря — 14, 15 и 16-го»)', () => {
  it('reads «в середине декабря — 14, 15 и 16-го» as 14 to 16 December', () => {
    expect(
      visitOf(
        'Хабаровск, 8 декабря 2026 г.\n\nРабочая поездка проректора Амурского университета ' +
          'Ирины Олеговны Лаптевой в Монголию пройдёт в середине декабря — 14, 15 и 16-го.\n\n' +
          '15 декабря делегация отправится в Дархан, где запланирована встреча с губернатором ' +
          'аймака Баяром Тумэном.',
      ),
    ).toEqual({ country: 'MN', start: '2026-12-14', end: '2026-12-16' });
  });
});

describe("days after their month in the genitive («Aralık'ın 1'i ile 3'ü arasında»)", () => {
  it("reads «Aralık'ın 1'i ile 3'ü arasında» as 1 to 3 December", () => {
    // The release names no year: it is read on the day it is pasted.
    const { visit } = extractDraft(
      "YAYLA ÜNİVERSİTESİ\nBasın Koordinatörlüğü\n\nRektörümüz Macaristan'da temaslarda " +
        "bulundu\n\nYayla Üniversitesi Rektörü Prof. Dr. Oğuz Tepecik, Aralık'ın 1'i ile 3'ü " +
        "arasında Macaristan'da bir dizi temasta bulundu.\n\nRektör Tepecik, 2 Aralık'ta " +
        "Segedin'e geçerek Segedin Belediye Başkanı Lajos Kertész'i makamında ziyaret etti.",
      { readOn: '2026-12-06' },
    );
    expect([visit.places[0]?.country, visit.start_date, visit.end_date]).toEqual([
      'HU',
      '2026-12-01',
      '2026-12-03',
    ]);
  });
});

describe("a note of the release's update that moves the stay's first day", () => {
  it('reads "will now begin on Wednesday, 9 December" as the first day', () => {
    expect(
      visitOf(
        'HERON CENTRE FOR WETLANDS PRESS RELEASE\n\nLakeville, 4 December 2026\n\nUPDATED 7 ' +
          'December 2026: Because of a change in flight schedules, the mission to Sarawak will ' +
          'now begin on Wednesday, 9 December, one day later than first announced.\n\nHeron ' +
          'Centre head to visit Sarawak\n\nThe Executive Director of the Heron Centre, Dr. Ana ' +
          'Villaruel-Santos, will undertake a working visit to Sarawak, Malaysia, from 8 to 11 ' +
          'December 2026.\n\nIn Kuching she will meet the State Minister of Natural Resources, ' +
          'Datuk Amar Jelani Sabri.',
      ),
    ).toEqual({ country: 'MY', start: '2026-12-09', end: '2026-12-11' });
  });
});

describe('the country of the people a Turkish visit goes to see', () => {
  it("reads «Romanya'daki Dobruca Tatarlarını ziyaret etti» as a visit to Romania", () => {
    expect(
      visitOf(
        "YAYLA KÜLTÜR VAKFI\nBasın Açıklaması\n\n4 Aralık 2026\n\nBaşkanımız Romanya'daki " +
          'Dobruca Tatarlarını ziyaret etti\n\nYayla Kültür Vakfı Başkanı Selim Akdağ, 1-3 ' +
          "Aralık tarihlerinde bir çalışma ziyareti gerçekleştirdi. Ziyaret, Bursa'da yaşayan " +
          "Tatar ailelerinin selamlarını iletmeyi amaçlıyordu.\n\nKöstence'de Köstence Valisi " +
          'Mihai Vlădescu ile görüştü.',
      ),
    ).toEqual({ country: 'RO', start: '2026-12-01', end: '2026-12-03' });
  });

  it('reads no town people came from as a stop: «Bursa yöresinden Balkanlara yerleşen»', () => {
    expect(
      visitOf(
        'YAYLA KÜLTÜR VAKFI\nBasın Açıklaması\n\n4 Aralık 2026\n\nBaşkanımız Yörük köylerini ' +
          'ziyaret edecek\n\nYayla Kültür Vakfı Başkanı Selim Akdağ, 7-9 Aralık tarihlerinde ' +
          'Balkanlara bir çalışma ziyareti gerçekleştirecek. Ziyaret, 15. yüzyılda Bursa ' +
          'yöresinden Balkanlara yerleşen Yörüklerin türkülerini kayda geçirmeyi amaçlıyor.' +
          "\n\nBaşkan Akdağ, Ohri'de Ohri Belediye Başkanı Goran Petrovski ile görüşecek.",
      ),
    ).toEqual({ country: 'MK', start: '2026-12-07', end: '2026-12-09' });
  });

  it('reads the Aegean islands by their Turkish names: «Midilli», «Kandiye»', () => {
    expect(
      visitOf(
        'YAYLA ÜNİVERSİTESİ\nBasın Duyurusu\n\nRektörümüz Midilli ve Kandiye’deki Türk ' +
          'eserlerini ziyaret etti\n\nMuğla, 4 Aralık 2026 – Yayla Üniversitesi Rektörü Prof. ' +
          'Dr. Oğuz Tepecik, 1-3 Aralık tarihlerinde bir dizi görüşme yaptı.\n\nRektör ' +
          "Tepecik, Midilli'de Midilli Belediye Başkanı Stratos Kalogeris ile görüştü.",
      ),
    ).toEqual({ country: 'GR', start: '2026-12-01', end: '2026-12-03' });
  });
});

describe('a name given again in brackets, in another script or spelling (Turkish)', () => {
  const opening =
    "Muğla, 2 Aralık 2026 – Yayla Üniversitesi Rektörü Prof. Dr. Oğuz Tepecik, 1 Aralık'ta " +
    "Yunanistan'a bir çalışma ziyareti gerçekleştirdi.\n\n";

  it('reads a name in Greek letters in brackets as the same person', () => {
    expect(
      met(
        `${opening}Rektör Tepecik, Midilli Belediye Başkanı Stratos Kalogeris (Στράτος ` +
          'Καλογερής) tarafından kabul edildi.',
      ),
    ).toEqual(['Stratos Kalogeris']);
  });

  it('reads «(Yunanca resmi yazımıyla A B)» as the same person', () => {
    expect(
      met(
        `${opening}Rektör Tepecik, Yunan Parlamentosu Midilli Milletvekili Ayşe Molla Ali ` +
          '(Yunanca resmi yazımıyla Aise Molla Ali) ile görüştü.',
      ),
    ).toEqual(['Ayşe Molla Ali']);
  });
});

describe('a folk bard met for a talk (Turkish)', () => {
  const opening =
    "Kars, 2 Aralık 2026 – Yayla Üniversitesi Rektörü Prof. Dr. Oğuz Tepecik, 1 Aralık'ta " +
    "Gürcistan'a bir çalışma ziyareti gerçekleştirdi.\n\n";

  it("reads «A ile de sohbet etti» as a meeting, and «Aşık» as the bard's style", () => {
    expect(
      met(
        `${opening}Rektör, programda Borçalı aşıklarının ustası Aşık Qəmbər Ələkbərli ile de ` +
          'sohbet etti.',
      ),
    ).toEqual(['Qəmbər Ələkbərli']);
  });

  // A guard: after a given name, "Aşık" is a surname.
  it('keeps «Aşık» as the surname after a given name', () => {
    expect(
      met(`${opening}Rektör, Marneuli Belediye Başkan Yardımcısı Mehmet Aşık ile görüştü.`),
    ).toEqual(['Mehmet Aşık']);
  });
});
