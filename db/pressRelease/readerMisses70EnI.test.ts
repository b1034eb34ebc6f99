import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('those present at a meeting, listed after "Present were"', () => {
  it('reads "Present were: A (Title), B (Title) and C (Title)" as those met', () => {
    expect(
      met(
        `${HALDEN}On Tuesday she held a working meeting at the headquarters of the Vardan ` +
          'Relief Society. Present were: Prof. Dr Selin Marova (President of the Vardan Relief ' +
          'Society), Mr Tomas Velin (Director General of the Vardan Relief Society) and Ms ' +
          'Ilse Kettu (Head of Communications of the Vardan Relief Society).',
      ),
    ).toEqual(['Selin Marova', 'Tomas Velin', 'Ilse Kettu']);
  });

  it('reads "Present at the meeting were A, Title, and B, Title" as those met', () => {
    expect(
      met(
        `${HALDEN}She held talks at the Vardan Water Board. Present at the meeting were Tomas ` +
          'Velin, Chairman of the Vardan Water Board, and Ilse Kettu, its Director.',
      ),
    ).toEqual(['Tomas Velin', 'Ilse Kettu']);
  });

  it('leaves one who is only "present" in a place, not at a meeting, alone (guard)', () => {
    expect(
      met(`${HALDEN}She saw the new dam, whose builder, Tomas Velin, was not present at the site.`),
    ).toEqual([]);
  });
});

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
