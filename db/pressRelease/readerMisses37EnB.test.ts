import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const MYANMAR =
  'The Director of the Fund, Pavel Norden, will visit the Republic of the Union of Myanmar on 7 December 2026.';
const LAOS =
  "The Director of the Fund, Pavel Norden, will visit the Lao People's Democratic Republic on 7 December 2026.";

describe('a Shan name that holds "Khun" after its first word', () => {
  it('reads "Khun" as a word of the name, not as the Thai style', () => {
    expect(
      met(
        `${MYANMAR} He will meet with Nang Mya Thida, Minister of Finance of Shan State, and Sai Khun Lin, Minister of Energy of Shan State, who will come to the capital.`,
      ),
    ).toEqual(['Nang Mya Thida', 'Sai Khun Lin']);
  });

  it('still leaves the Thai style out before a name', () => {
    expect(met(`${MYANMAR} He will meet with Khun Somchai Rattanakorn, Governor of Tak.`)).toEqual([
      'Somchai Rattanakorn',
    ]);
  });
});

describe('the people met in a clause about the place the visitor goes on to', () => {
  it('reads those met after "where she is scheduled to meet"', () => {
    expect(
      met(
        `${LAOS} In Vientiane he will be received by the Vice-Minister of Planning, Ms. Bounmy Keola, and will then fly to Muang Khoun, where he is scheduled to meet the Governor of Champasak Province, Mr. Chue Lee Yang, and the Director of the Provincial Department of Agriculture, Ms. Mai Neng Thao.`,
      ),
    ).toEqual(['Bounmy Keola', 'Chue Lee Yang', 'Mai Neng Thao']);
  });

  it('reads those met after "where he will call on"', () => {
    expect(
      met(
        `${LAOS} He will be received by the Minister of Health, Dr. Bounmy Keola, and will then travel to Pakse, where he will call on the Governor, Mr. Chue Lee Yang.`,
      ),
    ).toEqual(['Bounmy Keola', 'Chue Lee Yang']);
  });
});
