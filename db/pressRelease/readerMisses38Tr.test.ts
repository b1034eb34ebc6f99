import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_AF =
  "Ankara, 4 Aralık 2026 – Türkiye Kara Yolları Genel Müdürü Selim Aksoy, 1-3 Aralık tarihlerinde Afganistan'a çalışma ziyareti gerçekleştirdi.\n\n";

describe('a cleric’s or a notable’s style before a name (Turkish)', () => {
  it('drops «Mevlevi», «Mevlana», «Hacı», «Mir» before the name', () => {
    expect(
      roles(`${TR_AF}Aksoy, Afganistan Bayındırlık Bakanı Mevlevi Abdülkerim Sahrai'yle görüştü.`),
    ).toEqual([['Abdülkerim Sahrai', 'Afganistan Bayındırlık Bakanı', null]]);
    expect(
      met(`${TR_AF}Aksoy, Afganistan Maden Bakanı Mevlana Nurullah Kandahari'yle görüştü.`),
    ).toEqual(['Nurullah Kandahari']);
    expect(
      met(`${TR_AF}Aksoy, Kabil Belediye Başkanı Hacı Abdülrahim Parvani'yle görüştü.`),
    ).toEqual(['Abdülrahim Parvani']);
    expect(met(`${TR_AF}Aksoy, Herat Valisi Mir Abdülsattar Han Rindani'yle görüştü.`)).toEqual([
      'Abdülsattar Han Rindani',
    ]);
  });
});

describe('an airline’s name ends in «Hava Yolları» (Turkish)', () => {
  it('reads «X Hava Yolları Başkanı A B» as the Başkan of X Hava Yolları', () => {
    expect(
      roles(`${TR_AF}Aksoy, Pamir Afgan Hava Yolları Başkanı Ahmet Nadir Durrani'yle görüştü.`),
    ).toEqual([['Ahmet Nadir Durrani', 'Başkan', 'Pamir Afgan Hava Yolları']]);
  });
});

describe('the visitors’ own consul general who meets them on arrival (Turkish)', () => {
  it('does not read «Türkiye’nin X Başkonsolosu A tarafından karşılanan heyet» as met', () => {
    expect(
      met(
        `${TR_AF}Mezar-ı Şerif Havalimanı'nda Türkiye'nin Mezar-ı Şerif Başkonsolosu Zeynep Arda Korkmaz tarafından karşılanan heyet, ardından Belh Valisi Abdülgani Rahimi'yle görüştü.`,
      ),
    ).toEqual(['Abdülgani Rahimi']);
  });
});

const TR_HOSTED =
  "Ankara, 4 Aralık 2026 – İsveç Ulusal Polis Komiseri Dr. Erik Lundqvist ile Danimarka Ulusal Polis Şefi Mette Kjærgaard başkanlığındaki heyet, dün ve bugün Ankara'da resmi temaslarda bulundu.\n\n";

describe('the guests’ own ambassadors in a release told by the host (Turkish)', () => {
  it('does not read «Görüşmeye X’in Ankara Büyükelçisi A ile Y’nin … B de katıldı» as met', () => {
    expect(
      met(
        `${TR_HOSTED}Heyet, dün Emniyet Genel Müdürü Osman Tarık Yücel tarafından kabul edildi. Görüşmeye İsveç'in Ankara Büyükelçisi Ingrid Sofia Bergström ile Danimarka'nın Ankara Büyükelçisi Lars Henrik Mortensen de katıldı.`,
      ),
    ).toEqual(['Osman Tarık Yücel']);
  });
  it('still reads the host’s own people who attended as met', () => {
    expect(
      met(
        `${TR_HOSTED}Heyet, dün Emniyet Genel Müdürü Osman Tarık Yücel tarafından kabul edildi. Görüşmeye Emniyet Genel Müdür Yardımcısı Selin Ayça Tunalı da katıldı.`,
      ),
    ).toEqual(['Osman Tarık Yücel', 'Selin Ayça Tunalı']);
  });
});

describe('where the meeting took place, a body in the locative before the title (Turkish)', () => {
  it('reads «X Bakanlığında X Bakan Yardımcısı A ile» with the title alone', () => {
    expect(
      roles(
        `${TR_HOSTED}Bugün ise heyet, İçişleri Bakanlığında İçişleri Bakan Yardımcısı Kerem Ulaş Bozdağ'la bir araya geldi.`,
      ),
    ).toEqual([['Kerem Ulaş Bozdağ', 'İçişleri Bakan Yardımcısı', null]]);
  });
});
