import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('days told from the release under a later stamp of its update', () => {
  const english = (stamp: string, when: string) =>
    `Pacific Fisheries Agency\nPRESS RELEASE\n\n${stamp}\n\nAgency head in Apia\n\nThe Director-General of the Pacific Fisheries Agency, Dr. Mele Tauaa-Fonoti, paid a working visit to the Independent State of Samoa ${when}.\n\nShe was received by the Prime Minister of Samoa, Fiame Leota Sailele-Tuimavave.`;

  it('counts "yesterday and today" from the dateline, not from a bracketed update stamp', () => {
    expect(
      visitOf(english('Suva, 4 December 2026 (updated 5 December 2026)', 'yesterday and today')),
    ).toEqual({ country: 'WS', start: '2026-12-03', end: '2026-12-04' });
  });

  it('reads "the day before yesterday and yesterday" under a stamp with its hour', () => {
    expect(
      visitOf(
        english(
          'Suva, 4 December 2026 (Updated: 5 December 2026, 10:30)',
          'the day before yesterday and yesterday',
        ),
      ),
    ).toEqual({ country: 'WS', start: '2026-12-02', end: '2026-12-03' });
  });

  it('reads "yesterday" alone under a stamp after a comma', () => {
    expect(
      visitOf(english('Suva, 4 December 2026, last updated 5 December 2026', 'yesterday')),
    ).toEqual({ country: 'WS', start: '2026-12-03', end: '2026-12-03' });
  });

  it('reads «вчера и сегодня» under a Russian stamp of the update', () => {
    expect(
      visitOf(
        `Агентство по рыболовству\n\nАлматы, 4 декабря 2026 г. (обновлено 5 декабря 2026 г.)\n\nГенеральный секретарь Агентства Аскар Бекмуратов вчера и сегодня находился с рабочим визитом в Кыргызской Республике.\n\nВ Бишкеке его принял Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев.`,
      ),
    ).toEqual({ country: 'KG', start: '2026-12-03', end: '2026-12-04' });
  });

  it('reads «dün ve bugün» under a Turkish stamp of the update', () => {
    expect(
      visitOf(
        `Balıkçılık Ajansı\n\nAnkara, 4 Aralık 2026 (Güncelleme: 5 Aralık 2026)\n\nAjans Genel Sekreteri Mehmet Yalçınkaya, dün ve bugün Gürcistan'da temaslarda bulundu.\n\nYalçınkaya, Tiflis'te Gürcistan Dışişleri Bakanı Maka Botchorishvili ile görüştü.`,
      ),
    ).toEqual({ country: 'GE', start: '2026-12-03', end: '2026-12-04' });
  });
});
