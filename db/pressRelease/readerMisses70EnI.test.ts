import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a national Red Cross or Red Crescent society as the body of a title', () => {
  it('reads "A (President of the X Red Crescent)" as President of the X Red Crescent', () => {
    expect(
      roles(
        `${HALDEN}She met Selin Marova (President of the Vardan Red Crescent) and Tomas Velin, ` +
          'Head of Relief of the Vardan Red Cross.',
      ),
    ).toEqual([
      ['Selin Marova', 'President', 'Vardan Red Crescent'],
      ['Tomas Velin', 'Head of Relief', 'Vardan Red Cross'],
    ]);
  });

  it('still reads a society named in full with its last word (guard)', () => {
    expect(
      roles(`${HALDEN}She met Selin Marova, President of the Vardan Red Crescent Society.`),
    ).toEqual([['Selin Marova', 'President', 'Vardan Red Crescent Society']]);
  });
});
