import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ISLANDS =
  'The Director of the Island Legislatures Trust, Anna Weller, visited the Isle of Man and ' +
  'Scotland from 7 to 9 December 2026. ';

describe('Manx and Scottish Gaelic names with the letters of their legislatures after them', () => {
  it('leaves the Manx letters MLC, SHK and MHK out of the name', () => {
    expect(
      met(
        `${ISLANDS}In Douglas she was welcomed to the Legislative Buildings by the President of ` +
          'the Council, the Hon. Aalish Kinvig Skillicorn MLC. She then held talks with the ' +
          'Speaker, Hon. Ewan Teare Radcliffe SHK, on petitions. She also called on the Minister ' +
          'for Enterprise, Fenella Caine Kewley MHK, and visited the harbour.',
      ),
    ).toEqual(['Aalish Kinvig Skillicorn', 'Ewan Teare Radcliffe', 'Fenella Caine Kewley']);
  });

  it('reads a Gaelic surname after "Nic" and one after "Nic a\'" or "Mac a\'"', () => {
    expect(
      roles(
        `${ISLANDS}In Edinburgh she was received at the Parliament by the Convener of the ` +
          'Culture Committee, Mòrag NicIlleathain MSP. The meeting was also attended by the two Deputy ' +
          "Conveners, Catrìona Nic a' Ghobhainn MSP and Seumas Mac a' Bhàird MSP.",
      ),
    ).toEqual([
      ['Mòrag NicIlleathain', 'Convener', 'Culture Committee'],
      ["Catrìona Nic a' Ghobhainn", 'Deputy Convener', null],
      ["Seumas Mac a' Bhàird", 'Deputy Convener', null],
    ]);
  });

  it('takes a convener named first who showed the visitor something as met', () => {
    expect(
      roles(
        `${ISLANDS}In Portree, Ruairidh Iain MacAmhlaigh, Convener of the Highland Council, ` +
          'showed the Director how the council works in two languages.',
      ),
    ).toEqual([['Ruairidh Iain MacAmhlaigh', 'Convener', 'Highland Council']]);
  });

  it('reads the Manx legislature and its lower house, and a Gaelic council, as bodies', () => {
    expect(
      roles(
        `${ISLANDS}She met the Clerk of Tynwald, Aalish Kinvig Skillicorn, and the Deputy Speaker ` +
          'of the House of Keys, Ewan Teare Radcliffe SHK. In Portree, Ruairidh Iain MacAmhlaigh, ' +
          'Convener of Comhairle nan Gàidheal, showed the Director how the council works.',
      ),
    ).toEqual([
      ['Aalish Kinvig Skillicorn', 'Clerk', 'Tynwald'],
      ['Ewan Teare Radcliffe', 'Deputy Speaker', 'House of Keys'],
      ['Ruairidh Iain MacAmhlaigh', 'Convener', 'Comhairle nan Gàidheal'],
    ]);
  });
});
