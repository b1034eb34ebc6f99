import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TR_PHNOM_PENH =
  "İstanbul\n4 Mart 2026\n\nTOBB Başkanı Ali Veli, 2-4 Mart tarihlerinde Kamboçya'ya ziyaret gerçekleştirdi.\n\n";

describe('a family name written first and in capitals, as Cambodia, Korea and China write it', () => {
  it('reads «Bakanı SOK Chenda tarafından», «PRAK Sokhonn’la», «LIM Vannak’ı», «KIM Min-jun’un» (Turkish)', () => {
    expect(
      roles(
        `${TR_PHNOM_PENH}Heyet, 2 Mart'ta Kamboçya Ticaret Bakanı SOK Chenda tarafından kabul edildi. Veli, Maliye Bakanı PRAK Sokhonn'la görüştü ve Turizm Bakanı LIM Vannak'ı ziyaret etti. Veli ayrıca Kore Ticaret Bakan Yardımcısı KIM Min-jun'la bir araya geldi.`,
      ).map((r) => r[0]),
    ).toEqual(['SOK Chenda', 'PRAK Sokhonn', 'LIM Vannak', 'KIM Min-jun']);
  });

  it('leaves an acronym before a body’s word as it is: «DEİK Türkiye-Kamboçya İş Konseyi» (Turkish)', () => {
    expect(
      met(
        `${TR_PHNOM_PENH}Veli, TOBB Yönetim Kurulu ile görüştü ve Kamboçya Ticaret Bakanı SOK Chenda tarafından kabul edildi.`,
      ),
    ).toEqual(['SOK Chenda']);
  });
});

const TR_ROME =
  "Roma, 3 Aralık 2026 – Sahil Güvenlik Komutanı Tümamiral Ali Veli, Salı ve Çarşamba günleri İtalya'da resmi temaslarda bulundu.\n\n";

describe('Italian surnames with «Di», «De», «Della», «Lo», after an undersecretary’s title', () => {
  it('reads «Bakanlığı Müsteşarı Marco Di Stefano’yla» as «Marco Di Stefano», the title apart (Turkish)', () => {
    expect(
      roles(
        `${TR_ROME}Veli, İtalya Ekonomi Bakanlığı Müsteşarı Marco Di Stefano'yla ve Senato Başkan Yardımcısı Anna Lo Russo'yla görüştü.`,
      ),
    ).toEqual([
      ['Marco Di Stefano', 'Müsteşar', 'İtalya Ekonomi Bakanlığı'],
      ['Anna Lo Russo', 'Senato Başkan Yardımcısı', null],
    ]);
  });

  it('reads «Genel Komutanı ile de bir araya geldi. Genel Komutan Paolo Della Valle, …» (Turkish)', () => {
    expect(
      roles(
        `${TR_ROME}Çarşamba günü Veli, Guardia Costiera Genel Komutanı ile de bir araya geldi. Genel Komutan Paolo Della Valle, ortak operasyonlar hakkında bilgi verdi.`,
      ),
    ).toEqual([['Paolo Della Valle', 'Genel Komutan', 'Guardia Costiera']]);
  });
});

const TR_BUENOS_AIRES =
  "Ankara, 4 Aralık 2026\n\nTOBB Başkanı Ali Veli, 7-10 Aralık tarihlerinde Arjantin'e çalışma ziyareti gerçekleştirecek.\n\n";

describe('Spanish names of two surnames or a hyphened one, at a working dinner', () => {
  it('reads «A ile B’nin katılacağı bir çalışma yemeği düzenlenecek» as both (Turkish)', () => {
    expect(
      roles(
        `${TR_BUENOS_AIRES}Aynı gün Arjantin Tarım Konseyi Başkan Yardımcısı Lucía Beatriz Rojas-Muñoz ile Arjantin Çiftçiler Derneği Başkanı Martín Alejandro Echeverría Ruiz'in katılacağı bir çalışma yemeği düzenlenecek.`,
      ),
    ).toEqual([
      ['Lucía Beatriz Rojas-Muñoz', 'Başkan Yardımcısı', 'Arjantin Tarım Konseyi'],
      ['Martín Alejandro Echeverría Ruiz', 'Başkan', 'Arjantin Çiftçiler Derneği'],
    ]);
  });

  it('reads «Ulusal Hidroloji ve Su Servisi (INAHS) Direktörü» as the body, no one (Turkish)', () => {
    expect(
      roles(
        `${TR_BUENOS_AIRES}Veli'nin 8 Aralık'ta Arjantin Ulusal Hidroloji ve Su Servisi (INAHS) Direktörü Diego Ramón del Valle Ortiz tarafından kabul edilmesi bekleniyor.`,
      ),
    ).toEqual([
      ['Diego Ramón del Valle Ortiz', 'Direktör', 'Arjantin Ulusal Hidroloji ve Su Servisi'],
    ]);
  });
});
