import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a host styled short in Italian who presents the place the visitor goes to', () => {
  it('reads "where Dott.ssa A Di B, director of X, will present …" as the director met', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she will visit the Tarvo Agronomic Institute, where Dott.ssa ` +
          'Paola Di Varra, director of the Tarvo Seed Bank, will present its field trials.',
      ),
    ).toEqual([['Paola Di Varra', 'director', 'Tarvo Seed Bank']]);
  });

  it('still reads "where Dr A B, director of X, will present …" (guard)', () => {
    expect(
      roles(
        `${HALDEN}In the afternoon she will visit the Tarvo Agronomic Institute, where Dr ` +
          'Paola Varra, director of the Tarvo Seed Bank, will present its field trials.',
      ),
    ).toEqual([['Paola Varra', 'director', 'Tarvo Seed Bank']]);
  });
});
