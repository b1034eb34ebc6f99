import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TOUR =
  'Ankara – 4 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Kerem Ali Tan başkanlığındaki heyet, geçen hafta Malavi'de temaslarda bulundu.\n\n";

describe('one whose home or lesson the guests went to, named in the genitive (Turkish)', () => {
  it('reads «köy muhtarı A’nın evinde köy halkıyla bir araya geldi» as met', () => {
    expect(
      met(
        `${TOUR}Heyet ardından Chikala köyüne geçti ve köy muhtarı Madalitso Mbewezi'nin evinde köy halkıyla bir araya geldi.`,
      ),
    ).toEqual(['Madalitso Mbewezi']);
  });

  it('reads «öğretmeni A’nın derslerinden birine de katıldı» as met', () => {
    expect(
      met(`${TOUR}Heyet, Çiçeva dili öğretmeni Wongani Kaluwa'nın derslerinden birine de katıldı.`),
    ).toEqual(['Wongani Kaluwa']);
  });

  it('reads no one in «şair A’nın evinde incelemelerde bulundu» (guard)', () => {
    expect(met(`${TOUR}Heyet, şair Dumbo Lameck Mvula'nın evinde incelemelerde bulundu.`)).toEqual(
      [],
    );
  });

  it('reads no one whose home the meeting with another was held in (guard)', () => {
    expect(
      met(
        `${TOUR}Heyet, ressam Dumbo Lameck Mvula'nın evinde Müze Müdürü Esnart Phiri ile görüştü.`,
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

describe('the body and the office of a head met, its name in brackets or in the locative (Turkish)', () => {
  it('parts «Zomba İslam Cemaati Başkanı A» into the office and the community', () => {
    expect(roles(`${TOUR}Heyet, Zomba İslam Cemaati Başkanı Chifundo Banda ile görüştü.`)).toEqual([
      ['Chifundo Banda', 'Başkan', 'Zomba İslam Cemaati'],
    ]);
  });

  it('parts «X Partisi Y İl Başkanı A» into the branch’s office and the party', () => {
    expect(
      roles(`${TOUR}Heyet, Malavi Kongre Partisi Mzuzu İl Başkanı Chifundo Banda ile görüştü.`),
    ).toEqual([['Chifundo Banda', 'Mzuzu İl Başkanı', 'Malavi Kongre Partisi']]);
  });

  it('reads «X Üniversitesinde Rektör Prof. Dr. A», no apostrophe, as the rector of X', () => {
    expect(
      roles(
        `${TOUR}Heyet, Mzuzu Bilim Üniversitesinde Rektör Prof. Dr. Chifundo Banda ile görüştü.`,
      ),
    ).toEqual([['Chifundo Banda', 'Rektör', 'Mzuzu Bilim Üniversitesi']]);
  });

  it('reads the office before its own name in small letters in brackets, which it leaves out', () => {
    expect(
      roles(
        `${TOUR}Heyet, Zomba Belediye Başkanı (kansala) Chifundo Banda tarafından kabul edildi.`,
      ),
    ).toEqual([['Chifundo Banda', 'Zomba Belediye Başkanı', null]]);
  });
});

describe('a programme day’s heading over the line of its meetings (Turkish)', () => {
  it('reads no heading’s place into the title of the head named first on the line', () => {
    expect(
      roles(
        `${TOUR}07.12.2026 Pazartesi – Zomba\nZomba İslam Cemaati Başkanı Chifundo Banda ile görüşme.\n\n08.12.2026 Salı – Mzuzu\nMzuzu Belediye Başkanı Yamiko Phiri tarafından kabul.`,
      ),
    ).toEqual([
      ['Chifundo Banda', 'Başkan', 'Zomba İslam Cemaati'],
      ['Yamiko Phiri', 'Mzuzu Belediye Başkanı', null],
    ]);
  });
});

describe('an office in small letters before the name (Turkish)', () => {
  it('reads «ve köy muhtarı A’nın evinde» as the title «köy muhtarı»', () => {
    expect(
      roles(
        `${TOUR}Heyet, Chikala köyünü ziyaret etti ve köy muhtarı Madalitso Mbewezi'nin evinde köy halkıyla bir araya geldi.`,
      ),
    ).toEqual([['Madalitso Mbewezi', 'köy muhtarı', null]]);
  });

  it('reads «, Tumbukaca pazar okulu öğretmeni A’nın» with the language’s name in the title', () => {
    expect(
      roles(
        `${TOUR}Başkan Tan, Tumbukaca pazar okulu öğretmeni Wongani Kaluwa'nın derslerinden birine de katıldı.`,
      ),
    ).toEqual([['Wongani Kaluwa', 'Tumbukaca pazar okulu öğretmeni', null]]);
  });

  it('reads no title in «şair A» (guard)', () => {
    expect(roles(`${TOUR}Heyet, Zomba'da şair Wongani Kaluwa ile görüştü.`)).toEqual([
      ['Wongani Kaluwa', null, null],
    ]);
  });
});

describe('an office in small letters after the kind of place named before (Turkish)', () => {
  it('reads «X Camii’nin ziyareti; cami imamı A’yla görüşme» as the imam of X Camii', () => {
    expect(
      roles(
        `${TOUR}07.12.2026 Pazartesi – Zomba\nİlk cami olarak 1950'de yapılan Zomba Merkez Camii'nin ziyareti; cami imamı Yusufu Mvula'yla görüşme.`,
      ),
    ).toEqual([['Yusufu Mvula', 'imam', 'Zomba Merkez Camii']]);
  });

  it('reads «X Müzesi’ni gezdi; müze müdürü A ile görüştü» as the director of X Müzesi', () => {
    expect(
      roles(`${TOUR}Heyet, Zomba Doğa Müzesi'ni gezdi; müze müdürü Yusufu Mvula ile de görüştü.`),
    ).toEqual([['Yusufu Mvula', 'müdür', 'Zomba Doğa Müzesi']]);
  });
});
