import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const UNI =
  'T.C.\nANKARA ÜNİVERSİTESİ\n\nAnkara, 5 Aralık 2026\n\n' +
  "Rektörümüz Kazan ve St. Petersburg'da temaslarda bulundu\n\n";

describe('the head of the visiting delegation is the visitor (Turkish)', () => {
  it('does not read «Rektörümüz Prof. Dr. A B başkanlığındaki heyet»’s head as met', () => {
    expect(
      met(
        `${UNI}Rektörümüz Prof. Dr. Selin Deniz Arıkan başkanlığındaki heyetin Rusya Federasyonu'na gerçekleştirdiği üç günlük ziyaret dün sona erdi.\n\n` +
          "Heyet, ilk gün Kazan Devlet Üniversitesi Rektörü Pavel Andreyeviç Sokolov'la görüştü. Rektör Arıkan, aynı gün Kazan Devlet Üniversitesi Dilbilim Enstitüsü Müdürü Marina Olegovna Lebedeva'yla da bir araya gelerek kütüphaneyi ziyaret etti.",
      ),
    ).toEqual(['Pavel Andreyeviç Sokolov', 'Marina Olegovna Lebedeva']);
  });
});

describe('an academician’s style before a name (Turkish)', () => {
  it('reads «X Üniversitesi Rektörü Akademisyen A B» as the Rektör of X', () => {
    expect(
      roles(
        `${UNI}Rektörümüz Prof. Dr. Selin Deniz Arıkan başkanlığındaki heyet, Rusya'yı ziyaret etti.\n\n` +
          "Heyet, Kazan Devlet Üniversitesi Rektörü Akademisyen Pavel Andreyeviç Sokolov'la görüştü.",
      ),
    ).toEqual([['Pavel Andreyeviç Sokolov', 'Rektör', 'Kazan Devlet Üniversitesi']]);
  });
});

const SAHEL =
  'İstanbul – 2 Aralık 2026\n\n' +
  "Vakıf Genel Başkanı Mehmet Ali Yurt başkanlığındaki heyet, geçen hafta Nijer'de temaslarda bulundu.\n\n";

describe('a pilgrim’s or a sheikh’s style before a West African name (Turkish)', () => {
  it('drops «Alhaji» and «Hajiya» before the name, and from the title', () => {
    expect(
      roles(
        `${SAHEL}Heyet, Maradi Eyalet Vali Yardımcısı Alhaji Musa Bello Danjuma tarafından kabul edildi. Heyet, Maradi Eyaleti Tarım Komiseri Hajiya Zainab Umar Kurfi ile görüştü.`,
      ),
    ).toEqual([
      ['Musa Bello Danjuma', 'Maradi Eyalet Vali Yardımcısı', null],
      ['Zainab Umar Kurfi', 'Maradi Eyaleti Tarım Komiseri', null],
    ]);
  });
});

describe('a council that is a body of its own (Turkish)', () => {
  it('reads «X Yüksek Konseyi Başkanı Şeyh A B» as the Başkan of the council', () => {
    expect(
      roles(
        `${SAHEL}Heyet, Nijer Fetva Yüksek Konseyi Başkanı Şeyh Abdou Moussa Tahirou tarafından kabul edildi.`,
      ),
    ).toEqual([['Abdou Moussa Tahirou', 'Başkan', 'Nijer Fetva Yüksek Konseyi']]);
  });
  it('keeps a council of state in the title: «Bakanlar Konseyi», «Yüksek Devlet Konseyi»', () => {
    expect(
      roles(
        `${SAHEL}Heyet, Nijer Bakanlar Konseyi Başkanı Abdou Garba Ide ile görüştü. Heyet, Nijer Yüksek Devlet Konseyi Başkanı Moussa Idrissa Kane tarafından kabul edildi.`,
      ),
    ).toEqual([
      ['Abdou Garba Ide', 'Nijer Bakanlar Konseyi Başkanı', null],
      ['Moussa Idrissa Kane', 'Nijer Yüksek Devlet Konseyi Başkanı', null],
    ]);
  });
});

const TR_RO =
  'BURSA SANAYİCİLERİ DERNEĞİ\n\nBasın Bülteni\n\n04.12.2026\n\n' +
  "Dernek Başkanı Murat Can Eroğlu başkanlığındaki heyet, 7.12.2026-9.12.2026 tarihleri arasında Romanya'yı ziyaret edecek.\n\n";

describe('an office written in small letters after its body in the genitive (Turkish)', () => {
  it('reads «X Ticaret ve Sanayi Odası’nın başkanı A B» as the başkan of the chamber', () => {
    expect(
      roles(
        `${TR_RO}Ziyaretin son günü heyeti Köstence'de, Köstence Ticaret ve Sanayi Odası'nın başkanı Elena Maria Dobre karşılayacak.`,
      ),
    ).toEqual([['Elena Maria Dobre', 'başkan', 'Köstence Ticaret ve Sanayi Odası']]);
  });
});

const TR_BALTIC =
  'İstanbul, 4 Aralık 2026\n\n' +
  "Oda Başkanı Kaptan Selim Tok başkanlığındaki heyet, önümüzdeki hafta Litvanya'yı ziyaret edecek.\n\n";

describe('a city whose name ends in «-da» opening a title (Turkish)', () => {
  it('keeps a city such as «Panevėžda» at the head of a title and of a body', () => {
    expect(
      roles(
        `${TR_BALTIC}Heyet, çarşamba günü Panevėžda'da Panevėžda Su İdaresi Genel Müdürü Ona Vilkaitė ve Panevėžda Belediye Başkanı Tomas Kazlauskas ile görüşecek.`,
      ),
    ).toEqual([
      ['Ona Vilkaitė', 'Genel Müdür', 'Panevėžda Su İdaresi'],
      ['Tomas Kazlauskas', 'Panevėžda Belediye Başkanı', null],
    ]);
  });
});
