import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const ORAN =
  'Ankara, 4 Mart 2026\n\nKalkınma Ajansı Başkanı Ruritanya temaslarını tamamladı\n\n' +
  'Kalkınma Ajansı Başkanı Dr. Kerem Oranlı, 1-3 Mart tarihlerinde Ruritanya’yı ziyaret etti.\n\n';

describe('a Turkish college whose head is met', () => {
  it('parts "X Koleji Müdürü" into the office and the college', () => {
    expect(roles(`${ORAN}Oranlı daha sonra Velmor Koleji Müdürü Aylin Berat ile görüştü.`)).toEqual(
      [['Aylin Berat', 'Müdür', 'Velmor Koleji']],
    );
  });
});

describe('a Turkish office in the possessive, not one the reader knows', () => {
  it('gives back the office bare after its body: "X Birliği Y-sı" → "Y"', () => {
    expect(
      roles(
        `${ORAN}Oranlı, Velmor Dervişler Birliği Baş-ul-kurrası Hafız Ilyas Tomić ile görüştü.`,
      ),
    ).toEqual([['Ilyas Tomić', 'Baş-ul-kurra', 'Velmor Dervişler Birliği']]);
  });

  it('keeps a minister’s whole title (guard)', () => {
    expect(roles(`${ORAN}Oranlı, Ruritanya Sağlık Bakanı Ilyas Tomić ile görüştü.`)).toEqual([
      ['Ilyas Tomić', 'Ruritanya Sağlık Bakanı', null],
    ]);
  });
});

describe('a Turkish body called at in a case written with no apostrophe', () => {
  it('gives a bare office the body called at in the accusative: "Üniversitesini"', () => {
    expect(
      roles(
        `${ORAN}Aynı gün Velmor Üniversitesini ziyaret eden Oranlı, Rektör Ilkka Varanen ve ` +
          'Rektör Yardımcısı Sanna Pello tarafından karşılandı.',
      ),
    ).toEqual([
      ['Ilkka Varanen', 'Rektör', 'Velmor Üniversitesi'],
      ['Sanna Pello', 'Rektör Yardımcısı', 'Velmor Üniversitesi'],
    ]);
  });

  it('gives a bare office the body gone to in the dative: "Üniversitesi’ne giden"', () => {
    expect(
      roles(
        `${ORAN}Son gün Velmor Ulusal Üniversitesi’ne giden Oranlı, Rektör Ilkka Varanen ile ` +
          'bir protokol imzaladı.',
      ),
    ).toEqual([['Ilkka Varanen', 'Rektör', 'Velmor Ulusal Üniversitesi']]);
  });

  it('keeps a name like a locative inside the sentence: "Aynı gün Kalenda Üniversitesini"', () => {
    expect(
      roles(
        `${ORAN}Aynı gün Kalenda Üniversitesini ziyaret eden Oranlı, Rektör Ilkka Varanen ile ` +
          'görüştü.',
      ),
    ).toEqual([['Ilkka Varanen', 'Rektör', 'Kalenda Üniversitesi']]);
  });

  it('names the body again by its noun in the genitive: "Derneğini … Derneğin Başkanı"', () => {
    expect(
      roles(
        `${ORAN}Heyet, Ruritanya-Türkiye Kardeşlik Derneğini ziyaret etti. Derneğin Başkanı ` +
          'Ilkka Varanen, üyelerin çalışmalarını anlattı.',
      ),
    ).toEqual([['Ilkka Varanen', 'Başkan', 'Ruritanya-Türkiye Kardeşlik Derneği']]);
  });

  it('finds a body of seven words named again: "Enstitünün Müdürü"', () => {
    expect(
      roles(
        `${ORAN}Oranlı, 2 Mart’ta Velmor Üniversitesi Uluslararası Deniz Bilimleri Araştırma ` +
          'Enstitüsü’nü ziyaret etti. Enstitünün Müdürü Prof. Ilkka Varanen, çalışmalar hakkında ' +
          'bilgi verdi.',
      ),
    ).toEqual([
      [
        'Ilkka Varanen',
        'Müdür',
        'Velmor Üniversitesi Uluslararası Deniz Bilimleri Araştırma Enstitüsü',
      ],
    ]);
  });

  it('finds a body whose name lists its fields with commas: "Odanın Başkanı"', () => {
    expect(
      roles(
        `${ORAN}Heyet daha sonra Velmor Ticaret, Sanayi, Maden ve Tarım Odası’nı ziyaret etti. ` +
          'Odanın Başkanı Ilkka Varanen, ticaretin geliştirilmesi gerektiğini söyledi.',
      ),
    ).toEqual([['Ilkka Varanen', 'Başkan', 'Velmor Ticaret, Sanayi, Maden ve Tarım Odası']]);
  });

  it('leaves a rector with no body called at before him alone (guard)', () => {
    expect(roles(`${ORAN}Oranlı, Velmor kentinde Rektör Ilkka Varanen ile görüştü.`)).toEqual([
      ['Ilkka Varanen', 'Rektör', null],
    ]);
  });
});

describe('a Turkish group received by two offices joined by "ve" before two names', () => {
  it('gives each name its own office, the place before the first shared', () => {
    expect(
      roles(
        `${ORAN}Oranlı, ziyaretin ilk gününde Ruritanya Cumhurbaşkanı ve Başbakanı, Arno Kell ` +
          've Lisa Penn tarafından sarayda kabul edildi.',
      ),
    ).toEqual([
      ['Arno Kell', 'Ruritanya Cumhurbaşkanı', null],
      ['Lisa Penn', 'Ruritanya Başbakanı', null],
    ]);
  });

  it('leaves the subject before a comma out of both offices', () => {
    expect(
      roles(
        `${ORAN}2 Mart’ta Başkan Oranlı, Velmor Eyaleti Valisi ve Vali Yardımcısı, Arno Kell ve ` +
          'Lisa Penn tarafından kabul edildi.',
      ),
    ).toEqual([
      ['Arno Kell', 'Velmor Eyaleti Valisi', null],
      ['Lisa Penn', 'Velmor Eyaleti Vali Yardımcısı', null],
    ]);
  });

  it('keeps a minister’s fields joined by "ve" whole (guard)', () => {
    expect(roles(`${ORAN}Oranlı, Peru Tarım ve Orman Bakanı Arno Kell ile görüştü.`)).toEqual([
      ['Arno Kell', 'Peru Tarım ve Orman Bakanı', null],
    ]);
  });
});
