import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT =
  'Ankara – 4 Aralık 2026\n\n' +
  "Birlik Başkanı Mehmet Ali Yurt, 9-11 Aralık tarihlerinde Bulgaristan'ı ziyaret edecek.\n\n" +
  "Heyet ilk gün Kırcaali Belediye Başkanı Anna Petrova'yla görüşecek. ";

describe('the style of one who knows the Qur’an by heart (Turkish)', () => {
  it('leaves «Hafız» before a name of two words out of the name', () => {
    expect(
      roles(
        `${VISIT}Başkan Yurt, akşam Kırcaali Bölge Müftüsü Hafız Selim Karaibrahimov'u ziyaret ` +
          'edecek.',
      ),
    ).toContainEqual(['Selim Karaibrahimov', 'Kırcaali Bölge Müftüsü', null]);
  });

  it('keeps «Hafız» as a given name before a surname alone', () => {
    expect(
      met(
        `${VISIT}Başkan Yurt, akşam Kırcaali Bölge Müftüsü Hafız Karaibrahimov'u ziyaret edecek.`,
      ),
    ).toContain('Hafız Karaibrahimov');
  });
});

describe('a governor of a foreign region, «Voyvodası» (Turkish)', () => {
  it('reads the title «Voyvodası» apart from the name after it, and from the next one', () => {
    const found = roles(
      'Ankara – 4 Aralık 2026\n\n' +
        "Birlik Başkanı Mehmet Ali Yurt, 9-11 Aralık tarihlerinde Polonya'yı ziyaret etti.\n\n" +
        "Başkan Yurt, ilk gün Lublin'de Lubelskie Voyvodası Tomasz Zieliński ve Lublin Belediye " +
        'Başkanı Joanna Kowalczyk ile ayrı ayrı görüştü.',
    );
    expect(found).toContainEqual(['Tomasz Zieliński', 'Lubelskie Voyvodası', null]);
    expect(found).toContainEqual(['Joanna Kowalczyk', 'Lublin Belediye Başkanı', null]);
  });
});

describe('one told with «da», a title joined by «ve» after it (Turkish)', () => {
  it('reads a Chinese name before «da Dil ve Tarih Fakültesi Dekanı olarak» as met', () => {
    expect(
      met(
        'Ankara – 4 Aralık 2026\n\n' +
          "Rektör Mehmet Ali Yurt, 9-11 Aralık tarihlerinde Çin'i ziyaret edecek.\n\n" +
          "Heyet ilk gün Lanzhou Üniversitesi'ne geçecek ve Rektör Li Guohua tarafından kabul " +
          'edilecek. Ma Jianping da Dil ve Tarih Fakültesi Dekanı olarak heyete arşiv projesini ' +
          'tanıtacak.',
      ),
    ).toContain('Ma Jianping');
  });
});
