import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { visitOf } from '../test/visitFacts.js';

/** The visit's country and dates as read on a day of early December 2026. */
function readInDecember(text: string) {
  const { visit } = extractDraft(text, { readOn: '2026-12-06' });
  return {
    country: visit.places[0]?.country ?? null,
    start: visit.start_date,
    end: visit.end_date,
  };
}

describe('a date line with the media contact after it', () => {
  it('reads "December 3, 2026 Media only: …" as the day of issue, no day of the visit', () => {
    expect(
      visitOf(
        'Heron Institute for Maritime History\nNEWS RELEASE\n\nDecember 3, 2026\nMedia only: ' +
          'Tom Ravelli (202) 555-0141\n\nInstitute Director Visits Fishing Towns in Maine\n\n' +
          'PORTLAND — The director of the Heron Institute, Lorna Vasquez-Hale, visited fishing ' +
          'towns in Maine Monday and Tuesday, Nov. 30–Dec. 1, to record the stories of ' +
          'lobstermen.\n\nIn Stonington she was welcomed by Mayor Everett Coombs-Lane.',
      ),
    ).toMatchObject({ start: '2026-11-30', end: '2026-12-01' });
  });
});

describe('a stay told as concluded on its date, its length after', () => {
  it('reads "concluded on Tuesday 1 December a three-day visit" back from the end', () => {
    expect(
      visitOf(
        'Lantern Heritage Fund\nPress release\n\nBern, 3 December 2026\n\nThe Director of the ' +
          'Lantern Heritage Fund, Ms Greta Oberholz-Lind, concluded on Tuesday 1 December a ' +
          'three-day visit to Ghana, during which she reviewed the restoration of old forts.' +
          '\n\nIn Accra she was received by the Minister of Culture, Mr Kwabena Asante-Mensah.',
      ),
    ).toEqual({ country: 'GH', start: '2026-11-29', end: '2026-12-01' });
  });
});

describe('an arrival told with the length of a working visit', () => {
  it('reads "arrive … on Monday, 14 December, for a three-day working visit" as three days', () => {
    expect(
      visitOf(
        'ACADEMY OF ARTS OF MALTA\n\nValletta, 9 December 2026\n\nThe President of the ' +
          'Academy, Prof. Dr. Ilona Vassallo-Grech, will arrive in Portugal on Monday, 14 ' +
          'December, for a three-day working visit to the academies of Lisbon.\n\nIn Lisbon ' +
          'the President will be received by the Minister of Culture, Rui Tavares-Pinto.',
      ),
    ).toEqual({ country: 'PT', start: '2026-12-14', end: '2026-12-16' });
  });
});

describe('a Turkish stay of some days whose end the host told with an active verb', () => {
  it('reads «dört gün süren ziyaretini dün tamamladı» as four days up to yesterday', () => {
    expect(
      visitOf(
        'KARAOVA BELEDİYESİ\n\nBasın Bülteni\n3 Aralık 2026\n\nKaraova Belediye Başkanı ' +
          "Nermin Akdoğan, Gürcistan'a yaptığı dört gün süren çalışma ziyaretini dün " +
          "tamamladı.\n\nBaşkan Akdoğan, Batum'da Batum Belediye Başkanı Giorgi Beridze " +
          'tarafından kabul edildi.',
      ),
    ).toEqual({ country: 'GE', start: '2026-11-29', end: '2026-12-02' });
  });
});

describe('a weekday alone after the dated first day in the same sentence', () => {
  it('reads «14 Aralık Pazartesi günü başlayacak ziyaret Perşembe günü sona erecek» to 17', () => {
    expect(
      visitOf(
        'ÇINARLI ÜNİVERSİTESİ\n\nDuyuru\n9 Aralık 2026\n\nRektörümüz Prof. Dr. Oğuz Tekinsoy, ' +
          "Gürcistan'a bir çalışma ziyareti gerçekleştirecek. 14 Aralık Pazartesi günü " +
          "başlayacak ziyaret Perşembe günü sona erecek.\n\nRektörümüz, Salı günü Tiflis'te " +
          'Rektör Levan Kvirikadze ile görüşecek.',
      ),
    ).toEqual({ country: 'GE', start: '2026-12-14', end: '2026-12-17' });
  });
});

describe('a day told by its place in its month in words', () => {
  it("reads «Kasım ayının son günü başlayıp Aralık'ın üçüncü günü tamamlanan» as 30 to 3", () => {
    expect(
      visitOf(
        'ÇINARLI ÜNİVERSİTESİ\n\nÇınarlı, 5 Aralık 2026\n\nRektörümüz Prof. Dr. Oğuz Tekinsoy, ' +
          "Kasım ayının son günü başlayıp Aralık'ın üçüncü günü tamamlanan ziyaret kapsamında " +
          "Gürcistan'da temaslarda bulundu.\n\nRektörümüz, Tiflis'te Rektör Levan Kvirikadze " +
          'ile görüştü.',
      ),
    ).toEqual({ country: 'GE', start: '2026-11-30', end: '2026-12-03' });
  });

  it('reads "from the last day of November to the second day of December"', () => {
    expect(
      visitOf(
        'Lantern Heritage Fund\nPress release\n\nBern, 4 December 2026\n\nThe Director of the ' +
          'Lantern Heritage Fund, Ms Greta Oberholz-Lind, visited Ghana from the last day of ' +
          'November to the second day of December.\n\nIn Accra she was received by the Minister ' +
          'of Culture, Mr Kwabena Asante-Mensah.',
      ),
    ).toEqual({ country: 'GH', start: '2026-11-30', end: '2026-12-02' });
  });
});

describe('a note of update dated in brackets after its word', () => {
  it('reads «GÜNCELLEME (1 Aralık 2026, 17.20): … bir gün uzatıldı» as the new last day', () => {
    expect(
      readInDecember(
        "KARAOVA BELEDİYESİ\nBasın Bülteni\n\nBaşkan Akdoğan Hollanda'da\n\nGÜNCELLEME (1 " +
          "Aralık 2026, 17.20): Başkan Akdoğan'ın bugün sona ermesi planlanan programı bir gün " +
          "uzatıldı. Ziyaret 2 Aralık Çarşamba günü Utrecht'te tamamlanacak.\n\nKaraova Belediye " +
          'Başkanı Nermin Akdoğan, 29 Kasım Pazar günü başladığı Hollanda ziyareti kapsamında ' +
          "Rotterdam'da Rotterdam Belediye Başkanı Ahmed Mertens ile bir araya geldi.\n\n" +
          "Pazartesi günü Utrecht'e geçen Başkan, Utrecht Belediye Başkanı Sharon Dijkhuis ile " +
          'görüştü.\n\nKaraova, 1 Aralık 2026 (ilk yayın: 11.05)',
      ),
    ).toEqual({ country: 'NL', start: '2026-11-29', end: '2026-12-02' });
  });
});

describe('a programme told as a list of dated days', () => {
  it('reads each day line of the programme as a day of the visit', () => {
    expect(
      visitOf(
        'HERON WETLANDS TRUST\nPress note\n\nNew Delhi, 3 December 2026\n\nTrust Director to ' +
          'visit Assam\n\nThe Director of the Heron Wetlands Trust, Dr Meera Kashyap-Rao, will ' +
          'visit Assam to learn from village councils that protect their wetlands.\n\nThe ' +
          'programme is as follows:\n\nTuesday, 8 December – Guwahati. Dr Kashyap-Rao will ' +
          'call on the Chief Wildlife Warden, Dr Ranjit Bora.\n\nWednesday, 9 December – ' +
          'Majuli. The delegation will be received by the Chairman of the Village Council, Mr ' +
          'Dipen Hazarika.\n\nThursday, 10 December – Jorhat. Dr Kashyap-Rao will meet the ' +
          'Deputy Commissioner, Ms Anjali Dutta.',
      ),
    ).toEqual({ country: 'IN', start: '2026-12-08', end: '2026-12-10' });
  });
});

describe('the country of a region the visit goes to', () => {
  it('reads a visit to the villages of Molise as one to Italy', () => {
    expect(
      visitOf(
        'ACADEMY OF ARTS OF MALTA\n\nValletta, 9 December 2026\n\nThe President of the ' +
          'Academy of Arts of Malta, Prof. Dr. Ilona Vassallo-Grech, will visit the Maltese ' +
          'communities of Sardinia on 14 and 15 December.\n\nThe President will be received by ' +
          'the Mayor of Montemitro, Nicola Serra-Pintus.',
      ).country,
    ).toBe('IT');
  });
});

describe('the islands of an overseas territory', () => {
  it("reads a visit to Bora Bora as one to French Polynesia, not to the visitor's Paris", () => {
    const { visit } = extractDraft(
      'PACIFIC ISLANDS MUSEUM\nPress release\n\n7 December 2026\n\nThe Director of ' +
        'the Musée des Arts Océaniens in Paris, Mrs Claire Fabre-Lemoine, made her first visit ' +
        'to Bora Bora from 2 to 4 December.\n\nOn Bora Bora she was received by the Mayor, Mr ' +
        'Teva Rauzy-Tapu.',
      { readOn: '2026-12-07' },
    );
    expect(visit.places[0]?.country).toBe('PF');
  });
});
