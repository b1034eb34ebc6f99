import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const WALES = 'The Director of the Fund, Pavel Norden, visited the United Kingdom on 3 May 2026.';
const NIGERIA = 'The Director of the Fund, Pavel Norden, visited Nigeria on 3 May 2026.';
const YEMEN = 'The Director of the Fund, Pavel Norden, visited Yemen on 3 May 2026.';
const INDIA = 'The Director of the Fund, Pavel Norden, visited India on 3 May 2026.';
const SINGAPORE = 'The Director of the Fund, Pavel Norden, visited Singapore on 3 May 2026.';

describe('the Welsh "ap", "ab", "verch" and "ferch" inside a name', () => {
  it('reads "ap" between a given name and the father\'s, the title in the sentence before', () => {
    expect(
      met(
        `${WALES} He later met the Cabinet Secretary for Health. The Cabinet Secretary, Gwion ap Rhys, set out the plans for the hospitals.`,
      ),
    ).toEqual(['Gwion ap Rhys']);
  });

  it('reads "ab", "verch" and "ferch" as "ap" is read', () => {
    expect(
      roles(
        `${WALES} He met Siôn ab Owen, Chair of the Board, and Catrin verch Hywel, Director of the Museum. He also held talks with the First Minister, Gwenllian ferch Madog.`,
      ),
    ).toEqual([
      ['Siôn ab Owen', 'Chair of the Board', null],
      ['Catrin verch Hywel', 'Director', 'Museum'],
      ['Gwenllian ferch Madog', 'First Minister', null],
    ]);
  });
});
