import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const JAPAN =
  'Ankara – 4 Aralık 2026\n\n' +
  "Federasyon Başkanı Mehmet Vural Yurt, 1-3 Aralık tarihlerinde Japonya'yı ziyaret etti.\n\n" +
  'Heyet ilk gün Kagoshima Valisi Taro Minamida tarafından kabul edildi. ';

describe('the Japanese styles of a master and a teacher before a name (Turkish)', () => {
  it('leaves «Hanshi» out of the name', () => {
    expect(
      met(`${JAPAN}Başkan Yurt, Kagoshima Kendo Derneği Başkanı Hanshi Tokuda Masaru ile görüştü.`),
    ).toContain('Tokuda Masaru');
  });

  it('leaves «Sensei» out of the name', () => {
    expect(
      roles(
        `${JAPAN}Başkan Yurt, Kagoshima Kendo Derneği Başkanı Sensei Emi Tokunaga ile görüştü.`,
      ),
    ).toContainEqual(['Emi Tokunaga', 'Başkan', 'Kagoshima Kendo Derneği']);
  });
});

describe('a Japanese hall named by its kind, «Kaikan», called at (Turkish)', () => {
  it('reads no one in the hall’s name', () => {
    expect(
      met(
        `${JAPAN}İkinci gün Ibusuki'deki Kagoshima Kendo Kaikan'ı ziyaret eden heyet, merkezin ` +
          "Müdürü Jiro Tanabe'den bilgi aldı.",
      ),
    ).not.toContain('Kagoshima Kendo Kaikan');
  });
});

describe('the head of a place called at, named by its kind in small letters (Turkish)', () => {
  it('reads him as the head of the place called at in the same sentence', () => {
    expect(
      roles(
        `${JAPAN}İkinci gün Ibusuki'deki Kagoshima Kendo Kaikan'ı ziyaret eden heyet, merkezin ` +
          "Müdürü Jiro Tanabe'den bilgi aldı.",
      ),
    ).toContainEqual(['Jiro Tanabe', 'Müdür', 'Kagoshima Kendo Kaikan']);
  });
});

const POLAND =
  'Ankara – 4 Aralık 2026\n\n' +
  "Vakıf Başkanı Mehmet Vural Yurt, 1-3 Aralık tarihlerinde Polonya'yı ziyaret etti.\n\n" +
  'Heyet ilk gün Sopot Belediye Başkanı Marek Wojtala tarafından kabul edildi. ';

describe('the Polish styles written short in small letters before a name (Turkish)', () => {
  it('leaves a sea captain’s «kpt. ż.w.» out of the name and the title', () => {
    expect(
      roles(`${POLAND}Heyet, Sopot Deniz İdaresi Müdürü kpt. ż.w. Zenon Radtke ile görüştü.`),
    ).toContainEqual(['Zenon Radtke', 'Müdür', 'Sopot Deniz İdaresi']);
  });

  it('leaves «prof. dr hab. inż.» out, a hyphened surname kept', () => {
    expect(
      roles(
        `${POLAND}İkinci gün Toruń Üniversitesi'ni ziyaret eden Başkan Yurt, Üniversitenin ` +
          'Rektör Yardımcısı prof. dr hab. inż. Halina Kwiek-Bor ile staj programı konusunda ' +
          'mutabakata vardı.',
      ),
    ).toContainEqual(['Halina Kwiek-Bor', 'Rektör Yardımcısı', 'Toruń Üniversitesi']);
  });
});

const MALI =
  'Ankara – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Vural Yurt başkanlığındaki heyet, 8-10 Aralık'ta Mali'yi ziyaret " +
  'edecek. Heyet, Mali Tarım Bakanı Awa Sidibé Coulibaly ile görüşecek. ';

describe('a village’s chief, «Köy Şefi», before his name (Turkish)', () => {
  it('reads the chief who will welcome the guests, his title apart', () => {
    expect(
      roles(`${MALI}Heyeti köyde, Tominidougou Köy Şefi Bourama Diakité karşılayacak.`),
    ).toContainEqual(['Bourama Diakité', 'Tominidougou Köy Şefi', null]);
  });
});

describe('a school named by its Ottoman kind, «İdadisi», «Rüştiyesi» (Turkish)', () => {
  it('reads no one in the school’s name before «binasındaki»', () => {
    expect(
      met(
        `${POLAND}Heyet, Sopot Liman Başkanı Toni Petrov ile de görüştü. Başkan Yurt, ` +
          "Ahmet Rıza'nın öğrenim gördüğü Selanik Askeri Rüştiyesi binasındaki müzeyi de " +
          'ziyaret ederek anı defterini imzaladı.',
      ).join(' '),
    ).not.toMatch(/Rüştiyesi/u);
  });

  it('reads no one in «… Mülkiye İdadisi» called at', () => {
    expect(met(`${POLAND}Heyet, ardından Ohri Mülkiye İdadisi'ni ziyaret etti.`)).not.toContain(
      'Ohri Mülkiye İdadisi',
    );
  });
});
