import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

const OPENING = 'Ankara, 4 Aralık 2026 – Türkiye Kalkınma Ajansı Başkanı Ali Veli';
const MET = "Varşova'da Polonya Kalkınma Bakanı Jan Kowal'la görüştü.";

describe('days written with their month as a number, with a slash or dots (Turkish)', () => {
  it('reads a period «30/11-2/12» with the year of the dateline', () => {
    expect(
      visitOf(
        `${OPENING}, 29/11-1/12 tarihlerinde Polonya'ya çalışma ziyareti gerçekleştirdi. ${MET}`,
      ),
    ).toEqual({ country: 'PL', start: '2026-11-29', end: '2026-12-01' });
  });

  it("reads «1/12-3/12» and a day after an apostrophe «3/12'de» as days of the same visit", () => {
    expect(
      visitOf(
        `${OPENING}, 1/12-3/12 tarihlerinde Polonya'ya çalışma ziyareti gerçekleştirdi.\n\n3/12'de Krakov'a geçen heyet, Polonya Kalkınma Bakanı Jan Kowal'la görüştü.`,
      ),
    ).toEqual({ country: 'PL', start: '2026-12-01', end: '2026-12-03' });
  });

  it('reads a dotted period «30.11-02.12.2026»', () => {
    expect(
      visitOf(
        `${OPENING}, 28.11-01.12.2026 tarihlerinde Polonya'ya çalışma ziyareti gerçekleştirdi. ${MET}`,
      ),
    ).toEqual({ country: 'PL', start: '2026-11-28', end: '2026-12-01' });
  });

  it('reads a dotted date in the text', () => {
    expect(
      visitOf(
        `${OPENING}, 03.12.2026 tarihinde Polonya'ya çalışma ziyareti gerçekleştirdi. ${MET}`,
      ),
    ).toEqual({ country: 'PL', start: '2026-12-03', end: '2026-12-03' });
  });

  it('reads a dotted dateline «Varşova, 02.12.2026» with «bugün» and «dün»', () => {
    const text = (when: string) =>
      `Varşova, 03.12.2026 – Türkiye Kalkınma Ajansı Başkanı Ali Veli, ${when} Polonya'nın başkenti Varşova'da bir dizi görüşme gerçekleştirdi.\n\nVeli, Polonya Kalkınma Bakanı Jan Kowal'la görüştü.`;
    expect(visitOf(text('bugün'))).toEqual({
      country: 'PL',
      start: '2026-12-03',
      end: '2026-12-03',
    });
    expect(visitOf(text('dün'))).toEqual({ country: 'PL', start: '2026-12-02', end: '2026-12-02' });
  });
});

describe('weekdays of the week before the release («geçen hafta», «önceki hafta») (Turkish)', () => {
  it("reads «geçen hafta Pazartesi'den Cuma'ya kadar» as last week, Monday to Friday", () => {
    expect(
      visitOf(
        `${OPENING} başkanlığındaki heyet, geçen hafta Pazartesi'den Cuma'ya kadar Polonya'da temaslarda bulundu.\n\nHeyet, Salı günü ${MET}`,
      ),
    ).toEqual({ country: 'PL', start: '2026-11-23', end: '2026-11-27' });
  });

  it('reads «geçen hafta Salı ve Çarşamba günleri»', () => {
    expect(
      visitOf(
        `${OPENING}, geçen hafta Salı ve Çarşamba günleri Polonya'da temaslarda bulundu. ${MET}`,
      ),
    ).toEqual({ country: 'PL', start: '2026-11-24', end: '2026-11-25' });
  });

  it("reads «önceki hafta Pazartesi'den Salı'ya kadar»", () => {
    expect(
      visitOf(
        `${OPENING}, önceki hafta Pazartesi'den Salı'ya kadar Polonya'da temaslarda bulundu. ${MET}`,
      ),
    ).toEqual({ country: 'PL', start: '2026-11-23', end: '2026-11-24' });
  });
});
