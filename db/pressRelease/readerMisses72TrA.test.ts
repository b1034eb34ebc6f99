import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles } from '../test/peopleMet.js';

const TR =
  "Ankara, 3 Aralık 2026 — Vakıf Başkanı Selim Dere, 1-2 Aralık tarihlerinde Gana'yı " +
  'ziyaret etti. Dere, Gana Tarım Bakanı Kwesi Adom Mensah ile görüştü. ';

describe('Turkish hosts who attended, heard or held an office in a body', () => {
  it("reads a host body's short name in brackets as the host's, not the visitor's", () => {
    expect(
      met(
        `${TR}Görüşmeye ayrıca Volta Bölgesi Sulama Komiseri Dr. Yaw Osei Boateng ile Volta ` +
          'Bölgesi Afet Yönetim Ajansı (VBAYA) Genel Müdürü Efua Serwaa Nkrumah de katıldı ve ' +
          'ihtiyaçlar hakkında bilgi verdi.',
      ),
    ).toEqual(['Kwesi Adom Mensah', 'Yaw Osei Boateng', 'Efua Serwaa Nkrumah']);
  });

  it("still leaves out the visitor's own body named by its short name (guard)", () => {
    expect(met(`${TR}Görüşmeye ayrıca VKF Genel Müdür Yardımcısı Oya Tunalı da katıldı.`)).toEqual([
      'Kwesi Adom Mensah',
    ]);
  });

  it("parts a commissioner's or a senior expert's office from the name after it", () => {
    expect(
      roles(
        `${TR}Görüşmeye Volta Bölgesi Sulama Komiseri Yaw Osei Boateng ile Su Dairesi ` +
          'Kıdemli Uzmanı Efua Serwaa Nkrumah de katıldı.',
      ).slice(1),
    ).toEqual([
      ['Yaw Osei Boateng', 'Volta Bölgesi Sulama Komiseri', null],
      ['Efua Serwaa Nkrumah', 'Kıdemli Uzman', 'Su Dairesi'],
    ]);
  });

  it('meets one whose presentation on a matter the visitor heard, named again by surname', () => {
    expect(
      roles(
        `${TR}Aynı gün Tamale doğumlu Kuzey Su Dairesi Kıdemli Uzmanı Abena Dufie Sarpong'un ` +
          "Bolgatanga'daki kuyu projesine ilişkin sunumunu dinleyen Dere, Sarpong ile projeye " +
          'katkıyı da görüştü.',
      ).slice(1),
    ).toEqual([['Abena Dufie Sarpong', 'Kıdemli Uzman', 'Kuzey Su Dairesi']]);
  });

  it('takes no birthplace nor the place of a matter spoken of as a stop', () => {
    const visit = extractDraft(
      "Ankara, 3 Aralık 2026 — Vakıf Başkanı Selim Dere, 1-2 Aralık tarihlerinde Abuja'yı " +
        'ziyaret etti. Dere, Kano doğumlu Nijerya Tarım Bakanı Musa Bala Tanko ile görüştü. ' +
        "Aynı gün Su Dairesi Müdürü Zainab Umar Dutse ile Lagos'taki kuyu projesi hakkında " +
        'görüştü.',
      { readOn: '2026-12-06' },
    ).visit;
    expect(visit.places.map((p) => p.city)).toEqual(['Abuja']);
  });

  it('still takes a city where the visitor met someone (guard)', () => {
    const visit = extractDraft(
      "Ankara, 3 Aralık 2026 — Vakıf Başkanı Selim Dere, 1-2 Aralık tarihlerinde Abuja'yı " +
        "ziyaret etti. Dere, Kano'da Nijerya Tarım Bakanı Musa Bala Tanko ile görüştü.",
      { readOn: '2026-12-06' },
    ).visit;
    expect(visit.places.map((p) => p.city)).toEqual(['Abuja', 'Kano']);
  });

  it("reads a body in the genitive and the office's field as that office's", () => {
    expect(
      roles(
        `${TR}Ertesi gün Dere, Batı Afrika Kalkınma Teşkilatı'nın göçten sorumlu Genel ` +
          'Sekreter Yardımcısı Kofi Amankwah Darko ile görüştü.',
      ).slice(1),
    ).toEqual([
      [
        'Kofi Amankwah Darko',
        'göçten sorumlu Genel Sekreter Yardımcısı',
        'Batı Afrika Kalkınma Teşkilatı',
      ],
    ]);
  });

  it('meets those a colon lists as who will attend, each with his office in brackets', () => {
    expect(
      roles(
        `${TR}Üniversitedeki toplantıya katılacak isimler şunlar: Prof. Ama Owusu Ansah ` +
          '(Rektör), Prof. Kojo Fiifi Quaye (Hukuk Fakültesi Dekanı) ve Dr. Esi Adjoa Baah ' +
          '(Araştırmadan Sorumlu Rektör Yardımcısı).',
      ).map((p) => p[0]),
    ).toEqual(['Kwesi Adom Mensah', 'Ama Owusu Ansah', 'Kojo Fiifi Quaye', 'Esi Adjoa Baah']);
  });

  it('reads no colon list of those who will not attend as people met (guard)', () => {
    expect(
      met(
        `${TR}Basın toplantısında konuşacak isimler şunlar: Prof. Ama Owusu Ansah (Rektör) ve ` +
          'Dr. Esi Adjoa Baah (Dekan).',
      ),
    ).toEqual(['Kwesi Adom Mensah']);
  });

  it('meets one who signs a paper for his side, never the visitor signing for his', () => {
    expect(
      met(
        `${TR}Ziyaretin son gününde iki kurum arasında bir protokol imzalanacak. Mutabakat ` +
          'zaptını VKF adına Selim Dere, GÇB adına ise GÇB Başkanı Vorin Talesh Mardek ' +
          'imzalayacak.',
      ),
    ).toEqual(['Kwesi Adom Mensah', 'Vorin Talesh Mardek']);
  });

  it("leaves out the one who signs for the visitor's own country (guard)", () => {
    expect(
      met(
        `${TR}Protokolü Türkiye adına Büyükelçi Oya Tunalı, Gana adına ise Tarım Bakan ` +
          'Yardımcısı Vorin Talesh Mardek imzaladı.',
      ),
    ).toEqual(['Kwesi Adom Mensah', 'Vorin Talesh Mardek']);
  });
});
