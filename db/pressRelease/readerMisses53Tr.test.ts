import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

describe('a dateline of a town the gazetteer does not know, its date with no year (Turkish)', () => {
  it('reads «Bartın, 5 Aralık – …» as the dateline, so the lead’s period is the visit’s', () => {
    const { visit } = extractDraft(
      "Heyet Zambiya ve Malavi'de\n\n" +
        "Bartın, 5 Aralık – Vakıf Genel Müdürü Kerem Ali Tan başkanlığındaki heyet, 29 Kasım–1 Aralık tarihlerinde Zambiya ve Malavi'de temaslarda bulundu.\n\n" +
        "Heyet, 30 Kasım'da Lilongwe'ye geçti.",
      { readOn: '2026-12-07' },
    );
    expect([visit.start_date, visit.end_date]).toEqual(['2026-11-29', '2026-12-01']);
  });
});
