import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'VELKOVO, 3 December 2026 – The Secretary-General of the Northern Rivers Council, Anna ' +
  'Weller, today held talks in Velkovo with the President of Ruritania, Boris Hrabec.\n\n';

describe('a list of a side’s participants, one name and title a line', () => {
  const list =
    `${lead}The Secretary-General then held a working session at the Ministry of Trade.\n\n` +
    'PARTICIPANTS IN THE SESSION\n\n' +
    'Ruritanian side:\n' +
    'Lenka mint Mrazik – Minister of Trade\n' +
    'Dario ould Fornasin – Director-General, Customs Service\n\n' +
    'Northern Rivers Council:\n' +
    'Anna Weller – Secretary-General\n' +
    'Hilda Voss – Director, Trade Unit\n';

  it('reads everyone on the host’s side as met', () => {
    expect(met(list)).toEqual(['Boris Hrabec', 'Lenka mint Mrazik', 'Dario ould Fornasin']);
  });

  it('reads each one’s title and body after the dash', () => {
    expect(roles(list)).toContainEqual([
      'Dario ould Fornasin',
      'Director-General',
      'Customs Service',
    ]);
  });

  // A guard: the visitor's own side, listed the same way, was not met.
  it('leaves the side the visitor is listed in out', () => {
    const own =
      `${lead}PARTICIPANTS\n\nRuritanian side:\nLenka Mrazik – Minister of Trade\n` +
      'Dario Fornasin – Minister of Finance\n\n' +
      'Northern Rivers side:\nAnna Weller – Secretary-General\nHilda Voss – Director\n\n' +
      'The session ended with a lunch.';
    expect(met(own)).toEqual(['Boris Hrabec', 'Lenka Mrazik', 'Dario Fornasin']);
  });
});

describe('a local head’s title of his own language before the name', () => {
  const indonesia =
    'The Director-General of the Northern Rivers Council, Anna Weller, visited Indonesia from ' +
    '1 to 3 December 2026. ';
  const eswatini =
    'The Director-General of the Northern Rivers Council, Anna Weller, will travel to the ' +
    'Kingdom of Eswatini from 8 to 10 December 2026. ';

  it('reads the one name after a Minangkabau village head’s title', () => {
    expect(
      roles(
        `${indonesia}In the village of Batu Tinggi, talks followed with the Wali Nagari of Batu ` +
          'Tinggi, Zulkarnaini, on how land is shared.',
      ),
    ).toEqual([['Zulkarnaini', 'Wali Nagari of Batu Tinggi', null]]);
  });

  it('reads the one name after a Javanese regent’s title', () => {
    expect(
      met(`${indonesia}She then held talks with the Bupati of Kali Rejo, Sutarmanto, on forests.`),
    ).toEqual(['Sutarmanto']);
  });

  it('reads the name after a Swazi headman’s title', () => {
    expect(
      met(
        `${eswatini}On Wednesday Ms Weller will visit a clinic with the Indvuna yeNkhundla of ` +
          'Siphofaneni, Bhekumusa Sipho Dube, and pass by the stadium.',
      ),
    ).toEqual(['Bhekumusa Sipho Dube']);
  });

  it('reads no one in the memorial passed by after those met', () => {
    expect(
      met(
        `${eswatini}On Wednesday Ms Weller will visit a clinic with the Mayor of Siphofaneni, ` +
          'Bhekumusa Sipho Dube, and pass by the park dedicated to King Dlamalala III, who led ' +
          'the country.',
      ),
    ).toEqual(['Bhekumusa Sipho Dube']);
  });

  // A guard: the Afghan and Pakistani given name Wali stays a name.
  it('keeps Wali as a given name', () => {
    expect(
      met(`${indonesia}She met the Governor of Lowland, Wali Rahman Zadran, on forests.`),
    ).toEqual(['Wali Rahman Zadran']);
  });
});

describe('a host named after the title, who acts on the visit', () => {
  const visit =
    'The Director-General of the Northern Rivers Council, Dr Anna Weller, has made a working ' +
    'visit to Ruritania from 3 to 5 December 2026. ';

  it('reads the one who explains a place to the visitors after another host', () => {
    expect(
      met(
        `${visit}In Velkovo, the mayor, Boris Hrabec, guided the delegation through the old ` +
          'town. The Superintendent of Monuments, Fine Arts and Landscape of the Upper Vale, ' +
          'Arch. Lenka Mrazik Solvay, explained how the walls were rebuilt.',
      ),
    ).toEqual(['Boris Hrabec', 'Lenka Mrazik Solvay']);
  });

  it('reads the whole title whose last field names a place of given names', () => {
    expect(
      roles(
        `${visit}In Velkovo, the mayor, Boris Hrabec, guided the delegation through the old ` +
          'town. The Superintendent of Monuments, Fine Arts and Landscape of Colle Santa Rosa, ' +
          'Arch. Lenka Mrazik Solvay, explained how the walls were rebuilt.',
      ),
    ).toContainEqual([
      'Lenka Mrazik Solvay',
      'Superintendent of Monuments, Fine Arts and Landscape of Colle Santa Rosa',
      null,
    ]);
  });

  it('reads the one who will accompany the visitor', () => {
    expect(
      met(
        `${visit}On Wednesday she will meet the Minister of Works, Dario Fornasin. The Secretary ` +
          'of State for Vocational Training, Hilda da Silva Moreno, will accompany her that ' +
          'afternoon.',
      ),
    ).toEqual(['Dario Fornasin', 'Hilda da Silva Moreno']);
  });

  // A guard: the visitor named after the title is not met.
  it('leaves the visitor named after the title out', () => {
    expect(
      met(
        `${visit}She met the Minister of Works, Dario Fornasin. The Director-General of the ` +
          'Northern Rivers Council, Dr Anna Weller, explained the plan.',
      ),
    ).toEqual(['Dario Fornasin']);
  });
});

describe('an envoy named after the title that opens the sentence', () => {
  // A guard: the visitor's own envoy who goes with him was not met.
  it('leaves the envoy who accompanies the visitor out', () => {
    expect(
      met(
        'The Director-General of the Northern Rivers Council, Dr Anna Weller, has made a ' +
          'working visit to Ruritania from 3 to 5 December 2026. She met the Minister of Works, ' +
          'Dario Fornasin. The Consul General of Westland in Velkovo, Piet Jan Holleman, ' +
          'accompanied the delegation throughout the visit.',
      ),
    ).toEqual(['Dario Fornasin']);
  });
});

describe('a town’s mayor named in the sentence that opens with the town', () => {
  const visit =
    'The Director-General of the Northern Rivers Council, Dr Anna Weller, has made a working ' +
    'visit to Ruritania from 3 to 5 December 2026. ';

  it('reads the mayor set off by commas as the mayor of that town', () => {
    expect(
      roles(
        `${visit}In Velkovo (Velcuf), the mayor, Boris Hrabec, guided the delegation through the ` +
          'old town.',
      ),
    ).toEqual([['Boris Hrabec', 'Mayor of Velkovo', null]]);
  });

  it('reads the mayor named after the title as the mayor of that town', () => {
    expect(
      roles(
        `${visit}In Santa Rosa del Monte (Sante Rose), Mayor Dario Fornasin (Dari Fornasin in ` +
          'Ladin) showed the visitors the rebuilt church.',
      ),
    ).toEqual([['Dario Fornasin', 'Mayor of Santa Rosa del Monte', null]]);
  });

  // A guard: a mayor whose title names his place keeps it.
  it('keeps the place the title names', () => {
    expect(
      roles(`${visit}In Velkovo, she met the Mayor of Dolna Vas, Boris Hrabec, on schools.`),
    ).toEqual([['Boris Hrabec', 'Mayor of Dolna Vas', null]]);
  });
});
