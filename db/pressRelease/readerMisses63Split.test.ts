import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HARBOUR =
  'The Secretary-General of the Harbour Union, Ada Marwick, visited Willemstad from 1 to 3 ' +
  'December 2026. ';

describe('the Dutch styles written in small letters before a name', () => {
  it('leave the people after "ir." and "drs." met', () => {
    expect(
      met(
        `${HARBOUR}She met the director of the harbour board, ir. Quentin Doran, and the chair ` +
          'of the pilots, drs. Elvira Maduro-Cijntje, on the new quay.',
      ),
    ).toEqual(['Quentin Doran', 'Elvira Maduro-Cijntje']);
  });

  it('leave a heritage site named after a met person in the same sentence no one', () => {
    expect(
      met(
        `${HARBOUR}She met the director of the harbour board, ir. Quentin Doran, and toured the ` +
          'old quarter of Scharloo, a UNESCO World Heritage Site since 1997.',
      ),
    ).toEqual(['Quentin Doran']);
  });

  it('keep the title before "mr." for the person after it (guard)', () => {
    expect(
      roles(
        `${HARBOUR}On Tuesday she was received by the Minister of Finance of Curaçao, mr. ` +
          'Orlinda Faneyte-Martina, who spoke of the port.',
      ),
    ).toEqual([
      ['Orlinda Faneyte-Martina', 'Minister of Finance', 'Ministry of Finance of Curaçao'],
    ]);
  });

  it('a word that ends in those letters is no style (guard)', () => {
    expect(
      met(
        `${HARBOUR}She met the harbour master, Quentin Doran, who told her of their. ` +
          'Work on the pier goes on.',
      ),
    ).toEqual(['Quentin Doran']);
  });
});
