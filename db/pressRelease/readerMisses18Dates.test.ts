import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

const HOSTED =
  "Azerbaycan heyeti KUDAKA'nın konuğu oldu\n\nAzerbaycan Ekonomi Bakanı Rauf Aliyev başkanlığındaki heyet, Çarşamba ve Perşembe günleri Kuzeydoğu Anadolu Kalkınma Ajansı'nın (KUDAKA) davetlisi olarak Erzurum ve Kars'ta temaslarda bulundu.\n\nÇarşamba günü Erzurum Valisi Mehmet Aydın, Bakan Aliyev'i ve beraberindeki heyeti makamında kabul etti.\n\nPerşembe günü Kars'a geçen heyet, Kars Valisi Kemal Öztürk ile görüştü.";

describe('a foreign delegation received in towns the gazetteer does not know', () => {
  it('reads «Azerbaycan heyeti … Erzurum ve Kars’ta temaslarda bulundu» as a visit to Türkiye (Turkish)', () => {
    expect(visitOf(HOSTED).country).toBe('TR');
  });
});

describe('a foreign delegation received, the country it works with named in a briefing', () => {
  it('reads «… Azerbaycan ile yürüttüğü projeler hakkında konuklara bir sunum yaptı» in the same visit as one to Türkiye (Turkish)', () => {
    expect(
      visitOf(
        `${HOSTED}\n\nKUDAKA Genel Sekreteri Dr. Murat Aksoy de Ajans'ın Azerbaycan ile yürüttüğü projeler hakkında konuklara bir sunum yaptı.`,
      ).country,
    ).toBe('TR');
  });
});

describe('weekdays told from a closing dateline that names the issuing office', () => {
  it('reads «Çarşamba ve Perşembe günleri» before «Erzurum, 20 Kasım 2026 – KUDAKA Basın Birimi» (Turkish)', () => {
    expect(visitOf(`${HOSTED}\n\nErzurum, 20 Kasım 2026 – KUDAKA Basın Birimi`)).toEqual({
      country: 'TR',
      start: '2026-11-18',
      end: '2026-11-19',
    });
  });
});
