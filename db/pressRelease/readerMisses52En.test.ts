import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ORIEL =
  'The Director of the Lantern Trust, Anna Weller, will visit Oriel from 7 to 9 December 2026. ' +
  'Varda, in the hills of the north, grows most of the island’s tea. ';

describe('a district named alone elsewhere before a name of three words with no comma', () => {
  it('leaves the district in the title and the given name in the name', () => {
    expect(
      roles(
        `${ORIEL}In Teshar she will call on Deputy Commissioner of Varda Tirsha Kalvan ` +
          'Morope, who will outline the plans for the slopes.',
      ),
    ).toContainEqual(['Tirsha Kalvan Morope', 'Deputy Commissioner of Varda', null]);
  });

  it('reads the host named so who will brief the delegation as met', () => {
    expect(
      met(
        `${ORIEL}The Deputy Commissioner of Varda Tirsha Kalvan Morope will brief the ` +
          'delegation on erosion.',
      ),
    ).toContain('Tirsha Kalvan Morope');
  });

  it('keeps a place of two words whole before a name of two (guard)', () => {
    expect(
      roles(
        `${ORIEL}In Teshar she will call on the Governor of Upper Kessel Tirsha Morope, who ` +
          'will outline the plans.',
      ),
    ).toContainEqual(['Tirsha Morope', 'Governor of Upper Kessel', null]);
  });
});

const NDOLA =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('the Venda style of a traditional leader before a name', () => {
  it('leaves "Vhamusanda" out of the leader’s name', () => {
    const names = met(
      `${NDOLA}She was welcomed by Vhamusanda Tendani Mulaudzi, the traditional leader of ` +
        'Hatuvha, and by the elders.',
    );
    expect(names).toContain('Tendani Mulaudzi');
    expect(names).not.toContain('Vhamusanda Tendani Mulaudzi');
  });
});

describe('a Congolese name, its family name first in capitals', () => {
  it('reads the whole name after "the Honorable"', () => {
    expect(
      roles(
        `${NDOLA}In Mbala she was received by the Provincial Governor, the Honorable KASONGO ` +
          'Mbemba Jean-Pierre, and visited the station.',
      ),
    ).toContainEqual(['KASONGO Mbemba Jean-Pierre', 'Provincial Governor', null]);
  });

  it('reads the whole name after "Mr"', () => {
    expect(
      met(`${NDOLA}She then met the Director of the Lake Tumba Reserve, Mr ILUNGA Kabwe Pierre.`),
    ).toContain('ILUNGA Kabwe Pierre');
  });
});

describe('the visitor who joins hosts on what they do', () => {
  it('reads those the visitor joined as met, one named after a title in small letters too', () => {
    const names = met(
      `${NDOLA}There she joined the Senior Warden of the Borva Lake Rangers, Tallin Owarra, ` +
        'and ranger coordinator Pirri Yunupa on a patrol of the reef flats.',
    );
    expect(names).toContain('Tallin Owarra');
    expect(names).toContain('Pirri Yunupa');
  });

  it('reads no one met where the visitor joined a body (guard)', () => {
    expect(met(`${NDOLA}She joined the Lantern Trust in 2019 after a career at sea.`)).toEqual([]);
  });
});
