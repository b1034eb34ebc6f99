import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const received =
  'Pontianak, 2 March 2026 – The Governor of West Kalimantan, Ir. H. Bonar Tua Hutapea, M.Si., ' +
  'received the President and Chief Executive Officer of the Ocean Trust, Anand Srinivasan ' +
  'Pillai, at the Governor’s Office yesterday.';

describe('a visitor received by the host who tells the visit', () => {
  it('takes the host who received him as met, never the one received', () => {
    expect(roles(received)).toEqual([['Bonar Tua Hutapea', 'Governor of West Kalimantan', null]]);
  });

  it('takes those who also attended the meeting, a royal style and a single name', () => {
    expect(
      met(
        `${received} The meeting was also attended by the Vice Governor of West Kalimantan, ` +
          'Tengku Hasan Lubis, and the Head of the West Kalimantan Fisheries Agency, Prasetyo.',
      ),
    ).toEqual(['Bonar Tua Hutapea', 'Hasan Lubis', 'Prasetyo']);
  });

  it('keeps the Batak "br." inside a woman’s name', () => {
    expect(
      met(
        `${received} At Singkawang the delegation was received by the Mayor of Singkawang, ` +
          'Lamria br. Simanjuntak, who explained the city’s plans for the coast.',
      ),
    ).toEqual(['Bonar Tua Hutapea', 'Lamria br. Simanjuntak']);
  });
});

describe('those who attended a meeting', () => {
  const talks =
    'The Director-General of the Agency, Pavel Norden, visited Ghana on 3 May 2026. ' +
    'He met the Minister of Trade, Kwame Boateng Asare.';

  it('takes one who only attended as the visitor’s own, not met', () => {
    expect(
      met(`${talks} The meeting was attended by the Agency's Regional Director, Ruth Odei-Mensah.`),
    ).toEqual(['Kwame Boateng Asare']);
  });

  it('keeps the Gaelic "Nic a’" inside a name of one who also attended', () => {
    expect(
      met(
        `${talks} The meeting was also attended by the Deputy Minister, Morag Eilidh Nic a' ` +
          'Ghobhainn.',
      ),
    ).toEqual(['Kwame Boateng Asare', "Morag Eilidh Nic a' Ghobhainn"]);
  });
});

describe('a host named before his title or after it in a later sentence', () => {
  const call =
    'The Director of the Pacific Water Forum, Iosefa Lealaiauloto, visited Tonga on 3 May 2026. ' +
    "In Nuku'alofa he called on the Prime Minister of Tonga, Hon. Sione Vuna Fa'otusia.";

  it('takes one who joined them to present a plan, named after his title', () => {
    expect(
      roles(
        `${call} Talks continued over lunch. The Director of the Water Resources Division, ` +
          'Kalolaine Tupou Havili, joined them to present the plan for the outer islands.',
      ),
    ).toEqual([
      ["Sione Vuna Fa'otusia", 'Prime Minister of Tonga', null],
      ['Kalolaine Tupou Havili', 'Director', 'Water Resources Division'],
    ]);
  });

  it('takes one named before his title who took the delegation to a site, not a “Manager”', () => {
    expect(
      roles(
        `${call} Tevita Moala Fifita, General Manager of the Tonga Water Board, took the ` +
          'delegation to the new pumping station on Friday.\n\nThe Director was accompanied by ' +
          'the PWF Technical Manager, Viliami Hopoate Taufa.',
      ),
    ).toEqual([
      ["Sione Vuna Fa'otusia", 'Prime Minister of Tonga', null],
      ['Tevita Moala Fifita', 'General Manager', 'Tonga Water Board'],
    ]);
  });
});

describe('a village chief who will introduce something where the visitor goes', () => {
  it('takes the chief named after his title in the clause of the place', () => {
    expect(
      met(
        'The President of the Agency, Kenji Morita-Hayashi, will visit Timor-Leste from ' +
          '2026-05-04 to 2026-05-06. He will visit the rice fields of Viqueque, where the Xefe ' +
          "Suku of Suku Uaitame, Lourenço Pires Guterres, will introduce the farmers' group.",
      ),
    ).toEqual(['Lourenço Pires Guterres']);
  });
});
