import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a note of the release updated that gives the stay its last day anew', () => {
  it('reads "The visit will now end on Friday, December 11" as the later last day', () => {
    expect(
      visitOf(
        'Prairie Heritage Trust\nNews release\n\nTrust President to tour Saskatchewan museums\n\n' +
          'UPDATE (December 5, 2026): Because of a storm warning, the Prince Albert meetings have ' +
          'been moved from Thursday to Friday. The visit will now end on Friday, December 11.\n\n' +
          'REGINA, December 2, 2026 – The President of the Prairie Heritage Trust, Odile ' +
          'Marchetti-Vance, will travel to Saskatchewan from Tuesday, December 8 to Thursday, ' +
          'December 10 to visit community museums in Saskatoon and Prince Albert.\n\nIn ' +
          'Saskatoon, Ms. Marchetti-Vance will meet Museum Director Fenwick Ostrander.',
      ),
    ).toEqual({ country: 'CA', start: '2026-12-08', end: '2026-12-11' });
  });

  it('reads "will now end on Wednesday, December 9" as an earlier last day', () => {
    expect(
      visitOf(
        'Prairie Heritage Trust\nNews release\n\nTrust President to tour Saskatchewan museums\n\n' +
          'UPDATE (December 5, 2026): The visit will now end on Wednesday, December 9, and the ' +
          'Prince Albert meetings will take place online.\n\nREGINA, December 2, 2026 – The ' +
          'President of the Prairie Heritage Trust, Odile Marchetti-Vance, will travel to ' +
          'Saskatchewan from Tuesday, December 8 to Thursday, December 10 to visit community ' +
          'museums in Saskatoon and Prince Albert.\n\nIn Saskatoon, Ms. Marchetti-Vance will ' +
          'meet Museum Director Fenwick Ostrander.',
      ),
    ).toEqual({ country: 'CA', start: '2026-12-08', end: '2026-12-09' });
  });
});

describe('a Turkish stay told as begun today and ending on a weekday to come', () => {
  it('reads «bugün … başlayan ziyareti, Perşembe günü … sona erecek» from the release day', () => {
    expect(
      visitOf(
        'T.C. GENÇLİK VE SPOR BAKANLIĞI\nBasın Müşavirliği\n\n08.12.2026\n\nBakan ' +
          "Yardımcımız Norveç'te\n\nGençlik ve Spor Bakan Yardımcısı Dr. Selim Karaoğuz'un " +
          "bugün Oslo'da başlayan Norveç ziyareti, Perşembe günü Bergen'de sona erecek. " +
          'Ziyaretin gündeminde gençlik değişim programları bulunuyor.\n\nBakan Yardımcısı ' +
          "Karaoğuz, ilk gün Oslo'da Norveç Kültür Bakanlığı Müsteşarı Ingrid Solheim ile " +
          'görüştü.',
      ),
    ).toEqual({ country: 'NO', start: '2026-12-08', end: '2026-12-10' });
  });
});

describe('a lead that holds talks in two countries, each with its days', () => {
  it('reads "held talks in Curaçao (…) and Aruba (…)" as a visit to Curaçao', () => {
    expect(
      visitOf(
        'ISLAND PORTS ASSOCIATION\nMedia Release\n\nKINGSTOWN, Saint Vincent and the ' +
          'Grenadines – Friday, December 4, 2026\n\nThe Chair of the Island Ports Association, ' +
          'Delroy Baptiste-Moore, spent this week in the Dutch Caribbean, where between Monday ' +
          'and Thursday he held talks in Curaçao (30 November – 1 December) and Aruba (2–3 ' +
          'December) on port fees.\n\nHe was received by the Minister of Transport of Curaçao, ' +
          'Jurvinson Obdam, and by the Director of the Aruba Port Authority, Claudette ' +
          'Wever-Croes.',
      ),
    ).toEqual({ country: 'CW', start: '2026-11-30', end: '2026-12-03' });
  });
});

describe('a Turkish lead that holds talks in a region of a country named in the genitive', () => {
  it('reads «Gürcistan’ın Acara bölgesinde bir dizi görüşme yapacak» as a visit to Georgia', () => {
    expect(
      visitOf(
        'KARADENİZ TEKNİK ÜNİVERSİTESİ\nBasın Birimi\n\nDuyuru – 4 Aralık 2026 Cuma\n\n' +
          "Rektörümüz Kobuleti'ye gidiyor\n\nÜniversitemiz Rektörü Prof. Dr. Ayla " +
          "Demirtaş-Koç, önümüzdeki hafta Pazartesi'den Çarşamba'ya kadar Gürcistan'ın " +
          'Acara bölgesinde bir dizi görüşme yapacak.\n\nProgramın ilk gününde Rektör ' +
          "Demirtaş-Koç'un, Kobuleti Belediye Başkanı Tamaz Lomidze tarafından kabul edilmesi " +
          'bekleniyor.',
      ),
    ).toEqual({ country: 'GE', start: '2026-12-07', end: '2026-12-09' });
  });
});
