import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const NORWAY =
  'The Director of the Island Trust, Anna Weller, visited Norway from 7 to 9 December 2026. ' +
  'In Oslo she met the Mayor of Oslo, Per Hansen. ';

describe('those who came with the visitor and took part in the meetings', () => {
  it('leaves out the visitor’s own people, who accompanied her and took part', () => {
    expect(
      met(
        `${NORWAY}Ms Weller was accompanied by the Trust's Country Director for Norway, Lars ` +
          'Ove Berg, and by the Consul General of Denmark in Bergen, Karin Lise Dahl, who took ' +
          'part in the meetings in Oslo.',
      ),
    ).toEqual(['Per Hansen']);
  });
});

const PESHAWAR =
  'The Director of the Silk Road Trade Board, Anna Weller, visited Pakistan from 7 to 9 ' +
  'December 2026. ';

describe('the Pashto style of a tribal elder before a name', () => {
  it('leaves "Malik" out of a name that holds "Khan"', () => {
    expect(
      met(
        `${PESHAWAR}In Peshawar she held a session at the Frontier Chamber of Commerce, hosted ` +
          'by its President, Malik Gul Rehman Khan Afridi.',
      ),
    ).toEqual(['Gul Rehman Khan Afridi']);
  });

  it('keeps "Malik" as a given name before a name without "Khan"', () => {
    expect(
      met(
        `${PESHAWAR}In Islamabad she met the Director General of the Food Authority, Malik ` +
          'Tariq Javed Awan.',
      ),
    ).toEqual(['Malik Tariq Javed Awan']);
  });
});

const VALLEY =
  'The Director of the Dryland Seeds Trust, Anna Weller, visited Niger from 7 to 9 December ' +
  '2026. In Niamey she met the Minister of Agriculture, Issa Garba. ';

describe('a host named first, with the title after the name, who guides or hosts the visitors', () => {
  it('takes one who guided the visitors, her title in small letters, as met', () => {
    expect(
      met(
        `${VALLEY}On Wednesday the delegation travelled to the oasis of Tafadek. Amina Walet ` +
          "Ousmane, chair of the Tafadek Growers' Union, guided the visitors through the gardens.",
      ),
    ).toEqual(['Issa Garba', 'Amina Walet Ousmane']);
  });

  it('takes one who will host the meal told before as met', () => {
    expect(
      met(
        `${VALLEY}On Thursday the delegation will fly to Zinder. A working lunch is planned ` +
          'there. Fatima Id Moussa, President of the Zinder Regional Council, will host it and ' +
          'present the plan for the wells.',
      ),
    ).toEqual(['Issa Garba', 'Fatima Id Moussa']);
  });
});

describe('a customary gift presented to a chief', () => {
  it('takes the chief to whom the delegation presents a coutume as met', () => {
    expect(
      met(
        'The Director of the Pacific Water Fund, Anna Weller, will visit New Caledonia from 7 to ' +
          '9 December 2026. On Sunday the delegation will fly to Maré. In keeping with custom, ' +
          'the delegation will first present a coutume to the Grand Chief of the Tadine ' +
          'district, Paul Waheo Hnawia, at the chiefdom.',
      ),
    ).toEqual(['Paul Waheo Hnawia']);
  });
});
