import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const opening =
  'MINISTRY OF CULTURE\n\nLondon, 4 June 2026\n\nThe Minister of Culture, John Smith, visited ' +
  'Kenya on 2-3 June. On 2 June he held talks in Nairobi with the Minister of Trade, Peter ' +
  'Kamau Njoroge.\n\n';

describe('a host who flew in to show the visitors round (English)', () => {
  it('reads the head named after his title as met', () => {
    expect(
      met(
        `${opening}On Thursday the Managing Director of the Lakeland Rail Corporation, Capt. ` +
          'Martin Otieno Wafula, flew in from Eldoret to take the Belgian team round the depot.',
      ),
    ).toContain('Martin Otieno Wafula');
  });
});

describe('a body whose name ends in a hyphenated word (English)', () => {
  it('reads a name in no list after "the Chairman of the X Co-op," as met', () => {
    expect(
      roles(
        `${opening}On 3 June Smith travelled to Kitale, where he met the Chairman of the ` +
          'Kitale Growers Co-op, Obadiah F. Toews, and a group of farmers.',
      ),
    ).toContainEqual(['Obadiah F. Toews', 'Chairman of the Kitale Growers Co-op', null]);
  });
});

describe('a host who will sign with the visitor, the two named as one subject (English)', () => {
  it('reads the host after "A and the Title, B, will sign", with the body the day ends at', () => {
    expect(
      roles(
        `${opening}The visit will end at Kitale University, where Smith and the Vice ` +
          'Chancellor for Research, Prof. Amina Salim Mwakasege, will sign an agreement on ' +
          'scholarships.',
      ),
    ).toContainEqual([
      'Amina Salim Mwakasege',
      'Vice Chancellor for Research',
      'Kitale University',
    ]);
  });

  it('keeps an "and" inside what the title is of', () => {
    expect(
      roles(
        `${opening}On 3 June Smith and the Minister of Lands and the Environment, Grace ` +
          'Wanjiru Kimani, signed an agreement on parks.',
      ).at(-1)?.[1],
    ).toBe('Minister of Lands and the Environment');
  });
});
