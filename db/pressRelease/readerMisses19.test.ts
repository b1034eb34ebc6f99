import { describe, expect, it } from 'vitest';
import { visitOf } from '../test/visitFacts.js';

describe('a country whose name ends in another country’s name', () => {
  it('reads "Equatorial Guinea" whole, not "Guinea"', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited Equatorial Guinea from 3 to 5 May 2026. He held talks with the Minister of Finance, Rosa Obiang.',
      ).country,
    ).toBe('GQ');
  });

  it('reads "South Sudan" whole, and still reads "Sudan" alone', () => {
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited South Sudan from 3 to 5 May 2026. He held talks with the Minister of Finance, Peter Lual.',
      ).country,
    ).toBe('SS');
    expect(
      visitOf(
        'The Director of the Fund, Pavel Norden, visited Sudan from 3 to 5 May 2026. He held talks with the Minister of Finance, Omar Saleh.',
      ).country,
    ).toBe('SD');
  });
});

describe('a Pacific capital', () => {
  it('reads the country of a trip told by its capital: "In Port Vila, …"', () => {
    expect(
      visitOf(
        'SUVA, 9 May 2026\n\nThe Minister of Trade of Fiji, Hon. Ana Veli, returned from an official visit on 7 May 2026. In Port Vila, the Minister held talks with the Minister of Finance, Hon. Tom Kalsakau.',
      ).country,
    ).toBe('VU');
  });
});

describe('visits in the plural, told as having taken place', () => {
  it('reads "official visits to X and Y, which took place from 30 June to 3 July" as the period', () => {
    expect(
      visitOf(
        'APIA, 6 July 2026\n\nThe Minister of Trade of Fiji, Hon. Ana Veli, has returned from official visits to Samoa and the Kingdom of Tonga, which took place from 30 June to 3 July.\n\nOn 1 July, the Minister held talks with the Minister of Finance of Samoa, Hon. Tala Mulitalo.',
      ),
    ).toEqual({ country: 'WS', start: '2026-06-30', end: '2026-07-03' });
  });
});
