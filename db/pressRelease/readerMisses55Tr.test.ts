import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta Malavi'de temaslarda bulundu.\n\n";

describe('one whose home or lesson the guests went to, named in the genitive (Turkish)', () => {
  it('reads «köy muhtarı A’nın evinde köy halkıyla bir araya geldi» as met', () => {
    expect(
      met(
        `${TOUR}Heyet ardından Chikala köyüne geçti ve köy muhtarı Tiyamike Mbewezi'nin evinde köy halkıyla bir araya geldi.`,
      ),
    ).toEqual(['Tiyamike Mbewezi']);
  });

  it('reads «öğretmeni A’nın derslerinden birine de katıldı» as met', () => {
    expect(
      met(`${TOUR}Heyet, Çiçeva dili öğretmeni Mphatso Kaluwa'nın derslerinden birine de katıldı.`),
    ).toEqual(['Mphatso Kaluwa']);
  });

  it('reads no one in «şair A’nın evinde incelemelerde bulundu» (guard)', () => {
    expect(met(`${TOUR}Heyet, şair Dumbo Lameck Chirwa'nın evinde incelemelerde bulundu.`)).toEqual(
      [],
    );
  });

  it('reads no one whose home the meeting with another was held in (guard)', () => {
    expect(
      met(
        `${TOUR}Heyet, ressam Dumbo Lameck Chirwa'nın evinde Müze Müdürü Esnart Phiri ile görüştü.`,
      ),
    ).toEqual(['Esnart Phiri']);
  });
});

describe('a matter taken up with one, in a programme line (Turkish)', () => {
  it('reads «Bölüm Başkanı Doç. Dr. A’yla ortak yayın projesinin ele alınması» as met', () => {
    expect(
      met(
        `${TOUR}05.12.2026 Cumartesi – Zomba\nZomba Üniversitesi Tarih Bölüm Başkanı Doç. Dr. Chisomo Nyirenda'yla ortak yayın projesinin ele alınması.`,
      ),
    ).toEqual(['Chisomo Nyirenda']);
  });
});

describe('two matters taken up, joined by «ile» (Turkish)', () => {
  it('reads no one in «Görüşmede A ve B barajları ile C ele alındı» (guard)', () => {
    expect(
      met(
        `${TOUR}Heyet, Malavi Su Bakanı Grace Mkandawire ile görüştü. Görüşmede Kamuzu ve Liwonde barajlarının işletilmesi ile Shire havzası ele alındı.`,
      ),
    ).toEqual(['Grace Mkandawire']);
  });
});
