import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited Canada on 3 May 2026.';

describe('Portuguese surnames joined by "do", "das" as well as "da", "dos", "de"', () => {
  it('reads "the Secretary-General of X, A B C do D" whole', () => {
    expect(
      roles(
        `${VISIT} He also called on the Secretary-General of Planning, Paula Regina Matos do Vale.`,
      ),
    ).toEqual([['Paula Regina Matos do Vale', 'Secretary-General of Planning', null]]);
  });

  it('reads "A B das C, Minister of X" and a list with "do"', () => {
    expect(
      met(
        `${VISIT} He met Paulo Souza das Neves, Minister of Mines, and Carla Ribeiro do Prado, Minister of Culture.`,
      ),
    ).toEqual(['Paulo Souza das Neves', 'Carla Ribeiro do Prado']);
  });

  it('reads "was received by A B do C" (passive)', () => {
    expect(
      met(`${VISIT} He was received by the Governor of the State, Otávio Lins do Rego.`),
    ).toEqual(['Otávio Lins do Rego']);
  });
});

describe('Mauritanian names joining the father\'s name with "ould", "wuld" or "mint"', () => {
  it('reads "the President of X, A B ould C, on …"', () => {
    expect(
      met(
        `${VISIT} Today he held talks in Nouakchott with the President of Mauritania, Ahmed Baba ould Cheikhna, on the Agreement.`,
      ),
    ).toEqual(['Ahmed Baba ould Cheikhna']);
  });

  it('reads "A mint B C, Minister of X, and D wuld E, Minister of Y"', () => {
    expect(
      roles(
        `${VISIT} He met Fatimetou mint Brahim Salem, Minister of Trade, and Sidi wuld Cheikh, Minister of Fisheries.`,
      ),
    ).toEqual([
      ['Fatimetou mint Brahim Salem', 'Minister of Trade', 'Ministry of Trade'],
      ['Sidi wuld Cheikh', 'Minister of Fisheries', 'Ministry of Fisheries'],
    ]);
  });

  it('reads "was received by A B ould C D, Minister of X"', () => {
    expect(
      met(`${VISIT} He was received by Cheikh Ahmed ould Mohamed Vall, Minister of Economy.`),
    ).toEqual(['Cheikh Ahmed ould Mohamed Vall']);
  });
});
