import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TRIP =
  "Ankara, 9 Aralık 2026 – Vakıf Başkanı Kemal Durmaz, 5-8 Aralık tarihlerinde Gürcistan'a bir " +
  'çalışma ziyareti gerçekleştirdi.\n\n';

describe('a Turkish priest named with his church in the genitive, his office in small letters', () => {
  it('reads "Aziz X Kilisesi\'nin rahibi Peder A B" as the rahip of the church', () => {
    expect(
      roles(
        `${TRIP}Heyet daha sonra Batum'daki Aziz Nikola Kilisesi'nin rahibi Peder Levan ` +
          "Ćkadua'yı ziyaret ederek cemaatin gelenekleri hakkında bilgi aldı.",
      ),
    ).toEqual([['Levan Ćkadua', 'rahip', 'Aziz Nikola Kilisesi']]);
  });

  it('reads the priest so with no style before his name', () => {
    expect(
      roles(`${TRIP}Heyet, Batum'da Aziz Nikola Kilisesi'nin rahibi Levan Ćkadua ile görüştü.`),
    ).toEqual([['Levan Ćkadua', 'rahip', 'Aziz Nikola Kilisesi']]);
  });

  it("keeps a church's priest in a capitalised title whole (guard)", () => {
    expect(
      roles(`${TRIP}Durmaz, Batum'da Nikola Kilisesi Rahibi Levan Ćkadua ile görüştü.`),
    ).toEqual([['Levan Ćkadua', 'Nikola Kilisesi Rahibi', null]]);
  });
});

describe('a Turkish office after its body in the genitive, the body named again in brackets', () => {
  it('reads "X Birliği\'nin (Y) Genel Sekreter Yardımcısı, Kenyalı A B" as the body\'s office', () => {
    expect(
      roles(
        `${TRIP}Aynı gün, Tiflis'te merkezi bulunan Dünya Turizm Birliği'nin (World Tourism ` +
          'Union) Genel Sekreter Yardımcısı, Kenyalı Amani Wekesa Otieno ile bir görüşme yaptı.',
      ),
    ).toEqual([['Amani Wekesa Otieno', 'Genel Sekreter Yardımcısı', 'Dünya Turizm Birliği']]);
  });

  it('reads a deputy secretary general after the body with no brackets so', () => {
    expect(
      roles(
        `${TRIP}Durmaz, Karadeniz Kalkınma Örgütü'nün Genel Sekreter Yardımcısı Nino Ćelidze ` +
          'ile görüştü.',
      ),
    ).toEqual([['Nino Ćelidze', 'Genel Sekreter Yardımcısı', 'Karadeniz Kalkınma Örgütü']]);
  });

  it('makes no body of a country in the genitive before the office (guard)', () => {
    expect(
      roles(`${TRIP}Durmaz, Kenya'nın Genel Sekreter Yardımcısı Nino Beridze ile görüştü.`),
    ).toEqual([['Nino Beridze', 'Genel Sekreter Yardımcısı', null]]);
  });
});

describe('a Turkish host who meets the guests, named before "heyetle"', () => {
  it('reads "X Bakanı A B C de foruma katılarak heyetle bir araya gelecek" as met', () => {
    expect(
      met(
        `${TRIP}Aynı gün düzenlenecek iş forumuna, Gabon-Türkiye İş Konseyi'nin eş başkanı ` +
          'olan Ekonomi Bakanı Zembo Tiraye Ndongo de katılarak heyetle bir araya gelecek.',
      ),
    ).toEqual(['Zembo Tiraye Ndongo']);
  });

  it('reads one who met the guests, "konuklarla görüştü", as met', () => {
    expect(met(`${TRIP}Ardından Batum Valisi Yeko Bamuri Sella konuklarla görüştü.`)).toEqual([
      'Yeko Bamuri Sella',
    ]);
  });

  it('reads no one who only went along with the guests (guard)', () => {
    expect(met(`${TRIP}Batum Başkonsolosu Ayşe Tan da heyetle birlikte müzeyi gezdi.`)).toEqual([]);
  });
});

describe('a Turkish former office, "eski" in small letters before the title', () => {
  it('keeps "eski" in a minister\'s title: "eski Ekonomi Bakanı A B"', () => {
    expect(
      roles(`${TRIP}Durmaz, aynı gün eski Ekonomi Bakanı Zembo Tiraye Ndongo ile görüştü.`),
    ).toEqual([['Zembo Tiraye Ndongo', 'eski Ekonomi Bakanı', null]]);
  });

  it('keeps "eski" with the office when the body is parted from it', () => {
    expect(
      roles(`${TRIP}Durmaz, aynı gün eski Tiflis Üniversitesi Rektörü Zurab Ketevani ile görüştü.`),
    ).toEqual([['Zurab Ketevani', 'eski Rektör', 'Tiflis Üniversitesi']]);
  });
});

describe('a Turkish seat in a parliament written in small letters after its body', () => {
  it('gives each of a list after "X Meclisi milletvekilleri" the seat in the singular', () => {
    expect(
      roles(
        `${TRIP}Aynı gün Acara Yüksek Meclisi milletvekilleri Tamar Ćkadua ve Giorgi Meskhi ile ` +
          'görüşen Durmaz, okulların ihtiyaçlarını ele aldı.',
      ),
    ).toEqual([
      ['Tamar Ćkadua', 'Acara Yüksek Meclisi milletvekili', null],
      ['Giorgi Meskhi', 'Acara Yüksek Meclisi milletvekili', null],
    ]);
  });

  it('reads one such seat in the singular, a sentence adverb before the body', () => {
    expect(
      roles(`${TRIP}Ardından Acara Yüksek Meclisi milletvekili Tamar Ćkadua ile görüştü.`),
    ).toEqual([['Tamar Ćkadua', 'Acara Yüksek Meclisi milletvekili', null]]);
  });
});
