import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

const TRIP =
  '\n\nFUND FOR NORDIC TRADE\nDirector concludes official visit to Norway\n\nThe Director of the Fund, Dr. Pavel Norden, paid an official visit to Norway on 30 November–2 December, ending with a short stop in Bergen.\n\nIn Oslo he met the Minister of Trade, Kari Holm.\n\nOn 1 December he met Ola Berg, Chair of the Trade Committee.';

describe('a release issued later, its town and country on one line and the stamp on the next', () => {
  it('reads "30 November–2 December" under "Town, Country / Issued: 4 December 2026" as 2026-11-30..12-02', () => {
    expect(visitOf(`Bridgetown, Barbados\nIssued: 4 December 2026${TRIP}`)).toEqual({
      country: 'NO',
      start: '2026-11-30',
      end: '2026-12-02',
    });
  });

  it('reads it so under a town and a country of two words', () => {
    expect(visitOf(`Kingstown, Saint Vincent\nPublished: 4 December 2026${TRIP}`)).toEqual({
      country: 'NO',
      start: '2026-11-30',
      end: '2026-12-02',
    });
  });
});

describe('a dateline-only release whose talks were held "today" in the dateline city', () => {
  it('reads "BANGKOK, 2 December 2026 – … today held talks in Bangkok with …" as TH, though a later sentence names a city at home', () => {
    expect(
      visitOf(
        'Andean Fund Director holds talks with Thai leaders\n\nBANGKOK, 2 December 2026 – The Director of the Andean Fund, Dr. Pablo Ruiz Soto, today held talks in Bangkok with the Deputy Prime Minister of Thailand, Somchai Wongsawat, on trade.\n\nHe was accompanied by the Ambassador of the Republic of Peru to Thailand, Jorge Luis Rivera.\n\nThe Fund will report on the visit to the Council at its next session in Lima.',
      ),
    ).toEqual({ country: 'TH', start: '2026-12-02', end: '2026-12-02' });
  });
});
