import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, was in Ruritania from ' +
  'Monday 30 November to Wednesday 2 December 2026. ';

describe('Iban names joined by "anak" (child of)', () => {
  it('reads one who hosted the visitor "there"', () => {
    expect(
      met(`${lead}The delegation was hosted there by the Mayor of Lowtown, Ensing Belayan.`),
    ).toContain('Ensing Belayan');
  });

  it('keeps "anak" and the father’s name in the name', () => {
    expect(
      roles(
        `${lead}She was received by the Chief Executive Officer of the Upland Timber Board, ` +
          'Dr Mering anak Saban, who briefed her on planting.',
      ),
    ).toContainEqual(['Mering anak Saban', 'Chief Executive Officer', 'Upland Timber Board']);
  });

  it('keeps a name of two given names before "anak"', () => {
    expect(
      met(`${lead}She was welcomed by the Resident of Lower Division, Robert Gani anak Luta.`),
    ).toContain('Robert Gani anak Luta');
  });

  it('leaves the style "Datuk Amar" out of the name', () => {
    expect(
      met(`${lead}She called on the Deputy Premier of the State, Datuk Amar Tawai anak Lumbi.`),
    ).toContain('Tawai anak Lumbi');
  });

  it('leaves the style "Temenggong" out of the name', () => {
    expect(
      roles(
        `${lead}She was hosted by the paramount chief of Upper Town, Temenggong Rentap anak Gerinang.`,
      ),
    ).toContainEqual(['Rentap anak Gerinang', 'paramount chief of Upper Town', null]);
  });

  it('leaves the longhouse chief’s "Tuai Rumah" out of the name', () => {
    expect(
      roles(
        `${lead}She was hosted by the longhouse chief of Rumah Ensing, Tuai Rumah Ensing anak Belayan.`,
      ),
    ).toContainEqual(['Ensing anak Belayan', 'longhouse chief of Rumah Ensing', null]);
  });
});
