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
