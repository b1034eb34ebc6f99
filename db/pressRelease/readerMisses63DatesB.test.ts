import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

const days = (text: string) => {
  const { start, end } = visitOf(text);
  return [start, end];
};

describe('the day of issue under a label in the heading lines', () => {
  it('reads «Tarih: 01.12.2026» as the release day a stay «bugün başlayan» opens on', () => {
    expect(
      days(
        'KONYA SANAYİ ODASI\nBasın Duyurusu\nTarih: 01.12.2026\n\nKSO heyeti Gürcistan’da\n\n' +
          'Konya Sanayi Odası Yönetim Kurulu Başkanı Ahmet Yılmazer başkanlığındaki iş ' +
          'heyetinin bugün başlayan Gürcistan ziyareti, 3 Aralık Perşembe günü sona erecek.\n\n' +
          "Tiflis'e ulaşan heyet, Tiflis Belediye Başkanı Nino Beridze tarafından kabul edildi.",
      ),
    ).toEqual(['2026-12-01', '2026-12-03']);
  });

  it('reads «Tarih: 04/12/2026» as no day of a visit told from 14 to 17 Aralık', () => {
    expect(
      days(
        'EGE ÜNİVERSİTESİ\nKurumsal İletişim Koordinatörlüğü\nTarih: 04/12/2026\n\nRektör Kaya ' +
          "Şili'ye gidiyor\n\nEge Üniversitesi Rektörü Prof. Dr. Murat Kaya, 14 Aralık " +
          'Pazartesi günü başlayacak ve 17 Aralık Perşembe günü sona erecek bir ziyaret için ' +
          "Şili'ye gidecek.\n\nRektör Kaya, Santiago'da Şili Üniversitesi Rektörü Ana Fuentes " +
          'ile görüşecek.',
      ),
    ).toEqual(['2026-12-14', '2026-12-17']);
  });

  it('reads "Date: 07/12/2026" as no day of a visit told from 14 to 16 December', () => {
    expect(
      days(
        'Northern Orchards Federation\nPress Release\nDate: 07/12/2026\n\nFederation ' +
          'President to visit Ruritania\n\nThe President of the Northern Orchards Federation, ' +
          'Dr Ilse Marrow, will visit Ruritania from 14 to 16 December. In Strelsau she will ' +
          'meet the Minister of Agriculture, Tomas Keller.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });

  it('keeps the day of a heading that tells the visit (guard)', () => {
    expect(
      days(
        'Northern Orchards Federation\nPress Release\n\nFederation President to visit ' +
          'Ruritania on 14 December 2026\n\nThe President of the Northern Orchards Federation, ' +
          'Dr Ilse Marrow, will meet the Minister of Agriculture, Tomas Keller, in Strelsau.',
      ),
    ).toEqual(['2026-12-14', '2026-12-14']);
  });
});

describe('a stay told as under way from the release day to a later dated day', () => {
  it('reads "arrived today … The visit will end on Thursday, 10 December" from the day of issue', () => {
    expect(
      days(
        'Northern Orchards Federation\nPress Release\nDate: 07/12/2026\n\nFederation ' +
          'President in Ruritania\n\nStrelsau – The President of the Northern Orchards ' +
          'Federation, Dr Ilse Marrow, arrived today in Strelsau for a working visit to ' +
          'Ruritania. The visit will end on Thursday, 10 December, in Zenda.\n\nThis afternoon ' +
          'Dr Marrow met the Minister of Agriculture, Tomas Keller. On Wednesday she will visit the ' +
          'orchards of the Zenda valley.',
      ),
    ).toEqual(['2026-12-07', '2026-12-10']);
  });

  it('reads «прибыл сегодня … продлится до четверга, 10 декабря» from the day of issue', () => {
    expect(
      days(
        'Союз краеведов России\n\nКазань, 7 декабря 2026 года. Председатель Союза ' +
          'краеведов России Пётр Ильич Сомов прибыл сегодня в Казань. Рабочая поездка по ' +
          'республике продлится до четверга, 10 декабря, и завершится в Елабуге.\n\nСегодня ' +
          'П. И. Сомова принял министр культуры республики Олег Витальевич Ракитин.',
      ),
    ).toEqual(['2026-12-07', '2026-12-10']);
  });

  it('keeps a stay said today to come on later dated days (guard)', () => {
    expect(
      days(
        'Strelsau, 7 December 2026 – The Minister of Culture, Hanna Orlik, said today that she ' +
          'will visit Zenda from 14 to 16 December. The visit will end with a concert.',
      ),
    ).toEqual(['2026-12-14', '2026-12-16']);
  });
});

describe('weekdays of the next week joined by "to"', () => {
  it('reads "next Tuesday to Thursday" as the three days of the next week', () => {
    expect(
      days(
        'Brussels, 3 December 2026 – The Chair of the Baltic Ports Forum, Lena Ostrova, will ' +
          'travel to Ruritania next Tuesday to Thursday to see the port of Zenda. She will be ' +
          'received by the Mayor of Zenda, Karl Brenner.',
      ),
    ).toEqual(['2026-12-08', '2026-12-10']);
  });

  it('keeps "from next Tuesday to Thursday" (guard)', () => {
    expect(
      days(
        'Brussels, 3 December 2026 – The Chair of the Baltic Ports Forum, Lena Ostrova, will ' +
          'travel to Ruritania from next Tuesday to Thursday to see the port of Zenda. She will ' +
          'be received by the Mayor of Zenda, Karl Brenner.',
      ),
    ).toEqual(['2026-12-08', '2026-12-10']);
  });
});

describe('a dateline opening the title line', () => {
  it('reads "OTTAWA, November 30, 2026 – …" as the day of issue, not the first of the visit', () => {
    expect(
      days(
        'Office of the Rivers Ombudsman\nNews release\n\nOTTAWA, November 30, 2026 – ' +
          'Ombudsman to study river policy in Ruritania\n\nThe Rivers Ombudsman, Claire ' +
          'Dubois-Hart, will travel to Ruritania from Tuesday the fifteenth to Thursday the ' +
          'seventeenth of December to learn how its rivers are kept clean.\n\nIn Strelsau she ' +
          'will be received by the Minister of the Environment, Jonas Adler.',
      ),
    ).toEqual(['2026-12-15', '2026-12-17']);
  });

  it('keeps a dateline of its own above the text (guard)', () => {
    expect(
      days(
        'Office of the Rivers Ombudsman\nNews release\n\nOmbudsman to study river policy in ' +
          'Ruritania\n\nOTTAWA, November 30, 2026 – The Rivers Ombudsman, Claire Dubois-Hart, ' +
          'will travel to Ruritania from Tuesday the fifteenth to Thursday the seventeenth of ' +
          'December to learn how its rivers are kept clean.',
      ),
    ).toEqual(['2026-12-15', '2026-12-17']);
  });
});
