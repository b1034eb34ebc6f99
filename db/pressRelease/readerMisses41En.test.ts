import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const NORWAY =
  'The Director of the Island Trust, Anna Weller, visited Norway from 7 to 9 December 2026. ' +
  'In Oslo she met the Mayor of Oslo, Per Hansen. ';

describe('those who came with the visitor and took part in the meetings', () => {
  it('leaves out the visitor’s own people, who accompanied her and took part', () => {
    expect(
      met(
        `${NORWAY}Ms Weller was accompanied by the Trust's Country Director for Norway, Lars ` +
          'Ove Berg, and by the Consul General of Denmark in Bergen, Karin Lise Dahl, who took ' +
          'part in the meetings in Oslo.',
      ),
    ).toEqual(['Per Hansen']);
  });
});
