import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('the Hausa style of a man before a name', () => {
  it('leaves "Malam" out of the name after the title, and "Hajiya" as before', () => {
    expect(
      roles(
        `${HALDEN}She was received by the Governor of Zamfara State, Malam Bello Tanko Gusau. ` +
          'She also met the Commissioner for Water, Hajiya Hauwa Idi Rimi.',
      ),
    ).toEqual([
      ['Bello Tanko Gusau', 'Governor of Zamfara State', null],
      ['Hauwa Idi Rimi', 'Commissioner for Water', null],
    ]);
  });

  it('keeps "Malama" inside a Samoan name after a chief\'s title (guard)', () => {
    expect(
      met(`${HALDEN}She was welcomed by the Vice-Chancellor, Professor Fa'amoe Malama Leiataua.`),
    ).toEqual(["Fa'amoe Malama Leiataua"]);
  });
});

describe('the Baganda styles before a name', () => {
  it('leaves "Owek." and "Nnaalongo" out of a name of three words after the title', () => {
    expect(
      met(
        `${HALDEN}She was received by the Katikkiro (Prime Minister) of Busoga, Owek. Peter ` +
          'Mukasa Ssentamu. She also met the Kingdom Minister for Water Owek. Nnaalongo Grace ' +
          'Namata Ssali on the springs.',
      ),
    ).toEqual(['Peter Mukasa Ssentamu', 'Grace Namata Ssali']);
  });

  it('leaves the clan head\'s "Omutaka" out of the name', () => {
    expect(
      met(
        `${HALDEN}At the shrine she was welcomed by the Kasujja, head of the Lugave clan, ` +
          'Omutaka Denis Kato Walusimbi, whose clan keeps the site.',
      ),
    ).toEqual(['Denis Kato Walusimbi']);
  });
});

describe('a title in the own language in brackets after the same title of a place', () => {
  it('reads "Emir of X (Sarkin X)" as the title, no person, before the name', () => {
    expect(
      roles(
        `${HALDEN}There she was welcomed by the Emir of Gusau (Sarkin Gusau), Alhaji Bello Tanko ` +
          'Rimi, at his palace.',
      ),
    ).toEqual([['Bello Tanko Rimi', 'Emir of Gusau', null]]);
  });

  it('keeps a person named in brackets after a body of a place (guard)', () => {
    expect(
      met(`${HALDEN}She met the Council of Gusau (Bello Rimi), and the Chamber of Trade.`),
    ).toEqual(['Bello Rimi']);
  });
});

describe('a host who receives the visitor on behalf of another', () => {
  it('reads the one after "received on behalf of the Emir by" as met', () => {
    expect(
      roles(
        `${HALDEN}At the palace she was received on behalf of the Emir by the Wazirin Gusau, ` +
          'Alhaji Bello Tanko Rimi.',
      ),
    ).toEqual([['Bello Tanko Rimi', 'Wazirin Gusau', null]]);
  });
});

describe('a host titled before the name, after "The following day" and a town', () => {
  it('reads the mayor with a middle initial after "The following day in X,"', () => {
    expect(
      roles(
        `${HALDEN}The following day in Orvel, Orvel Municipal Mayor Tomas K. Verlan will show ` +
          'the delegation the old harbour.',
      ),
    ).toEqual([['Tomas K. Verlan', 'Orvel Municipal Mayor', null]]);
  });

  it('reads the mayor after "The next day,"', () => {
    expect(
      met(
        `${HALDEN}The next day, Orvel Municipal Mayor Tomas K. Verlan showed the delegation the ` +
          'old harbour.',
      ),
    ).toEqual(['Tomas K. Verlan']);
  });
});

describe('a rank in small letters before an office in the own language', () => {
  it('reads "the senior Gaonbura of X" as the title "Senior Gaonbura of X"', () => {
    expect(
      roles(
        `${HALDEN}The delegation was received by the Chairman of the Orvel Village Council, Mr ` +
          'Tomas Verlan, and by the senior Gaonbura of Orvel, Mr Pelle Kiro.',
      ),
    ).toEqual([
      ['Tomas Verlan', 'Chairman', 'Orvel Village Council'],
      ['Pelle Kiro', 'Senior Gaonbura of Orvel', null],
    ]);
  });
});
