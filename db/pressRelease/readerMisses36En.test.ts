import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const DENMARK = 'The Director of the Fund, Pavel Norden, visited Denmark on 3 May 2026.';

describe('the Faroese "við", "á" and "í" between a given name and the family name', () => {
  it('reads the whole name after a title set off by commas', () => {
    expect(
      met(
        `${DENMARK} He was received by the Prime Minister, Jákup á Dul Poulsen, and met the Minister of Health, Guðrun í Gerðum Jacobsen.`,
      ),
    ).toEqual(['Jákup á Dul Poulsen', 'Guðrun í Gerðum Jacobsen']);
  });

  it('reads it before a title, and "við" as "á" is read', () => {
    expect(
      met(
        `${DENMARK} He met Óli við Rein Hansen, Director of the Port, and Bára á Lakjuni Olsen, Mayor of Klaksvík.`,
      ),
    ).toEqual(['Óli við Rein Hansen', 'Bára á Lakjuni Olsen']);
  });
});

const JAPAN = 'The Director of the Fund, Pavel Norden, visited Japan on 3 May 2026.';

describe('a guard or a service of a country is a body, not a person', () => {
  it('reads no one in "the Japan Coast Guard"', () => {
    expect(
      met(
        `${JAPAN} He was received by the Chief Hydrographer, Sato Kenji, at the Department of the Japan Coast Guard.`,
      ),
    ).toEqual(['Sato Kenji']);
  });

  it('takes "Border Guard", "National Guard" as the body of a title', () => {
    expect(
      roles(
        `${JAPAN} He met the Commander of the Japan Border Guard, Sato Kenji, and the Head of the Ohio National Guard, Mia Long.`,
      ),
    ).toEqual([
      ['Sato Kenji', 'Commander', 'Japan Border Guard'],
      ['Mia Long', 'Head', 'Ohio National Guard'],
    ]);
  });
});
