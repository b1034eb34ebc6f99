import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, visited Algeria on ' +
  '3 December 2026. ';

describe('the Kabyle particles "Ait", "Ath", "Nait" and "Nath" inside a name', () => {
  it('keeps a name of three words and the particle whole', () => {
    expect(met(`${lead}She met Amar Idir Ath Slimane, president of the cooperative.`)).toEqual([
      'Amar Idir Ath Slimane',
    ]);
    expect(met(`${lead}She met Yacine Lamri Nait Zerari, head of the union.`)).toEqual([
      'Yacine Lamri Nait Zerari',
    ]);
  });

  it('leaves the Kabyle styles "Dda" and "Na" out of the name', () => {
    expect(met(`${lead}She met Dda Amar Idir Ath Slimane, president of the cooperative.`)).toEqual([
      'Amar Idir Ath Slimane',
    ]);
    expect(
      met(`${lead}The meeting will be chaired by Na Yamina Ath Bouzid, head of the potters.`),
    ).toEqual(['Yamina Ath Bouzid']);
  });
});

describe('one who opens what the visitor attends, and the host named as such', () => {
  it('meets the one who opens a seminar', () => {
    expect(
      roles(
        `${lead}She will attend a seminar at the University of Boumerdes, opened by the ` +
          'Rector, Professor Yamina Nait Belkacem.',
      ),
    ).toContainEqual(['Yamina Nait Belkacem', 'Rector', null]);
  });

  it('meets "her host there"', () => {
    expect(
      met(`${lead}Her host there will be Amar Slimane, president of the Zellal Olive Cooperative.`),
    ).toContain('Amar Slimane');
  });
});

describe('the Maasai "ole" (son of) inside a name', () => {
  it('keeps "ole" and the father’s name in the name', () => {
    expect(
      roles(
        'The Director-General of the Northern Rivers Council, Anna Weller, visited Tanzania on ' +
          '3 December 2026. She held talks with the District Commissioner for Longido, Hon. ' +
          'Saitoti Lekisa ole Sankale, on water.',
      ),
    ).toContainEqual(['Saitoti Lekisa ole Sankale', 'District Commissioner for Longido', null]);
  });
});

describe('one who joins the host at the meeting or takes the visitors round, and a port’s titles', () => {
  const visit =
    'The Director-General of the Northern Rivers Council, Anna Weller, visited Nigeria on ' +
    '3 December 2026. ';

  it('meets one who joins the host at the meeting', () => {
    expect(
      roles(
        `${visit}She was received by the Governor, Okon Edet Bassey. He was joined at the ` +
          'meeting by the Commissioner for Works, Idongesit Okon Archibong.',
      ),
    ).toContainEqual(['Idongesit Okon Archibong', 'Commissioner for Works', null]);
  });

  it('meets the one who takes the visitors round, and no "Port Captain"', () => {
    const names = met(
      `${visit}They were taken round by Capt. Ebiye Tonye Ogbara, Port Captain of Warri Port, ` +
        'who explained the dredging.',
    );
    expect(names).toContain('Ebiye Tonye Ogbara');
    expect(names).not.toContain('Port Captain');
  });

  it('leaves the Efik style "Etubom" out of the name', () => {
    expect(
      met(
        `${visit}Etubom Okon Edet Ekpenyong, Head of the Ekpenyong House, hosted them at his ` +
          'residence.',
      ),
    ).toContain('Okon Edet Ekpenyong');
  });
});
