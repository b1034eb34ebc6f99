import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';

/** The title and body of everyone the reader finds met, by name. */
function roles(text: string): Array<[string, string | null, string | null]> {
  return extractDraft(text).meetings.flatMap((m) =>
    m.participants.map((p): [string, string | null, string | null] => [
      p.name,
      p.title,
      p.organisation,
    ]),
  );
}

describe('a name in parentheses after its title', () => {
  it('keeps the opening parenthesis and an honorific out of the title', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, will visit Laos from 3 to 5 May 2026. In Vientiane, he is scheduled to meet the Deputy Prime Minister in charge of Rural Affairs (Dr. Somsak Inthavong) to sign an agreement.',
      ),
    ).toEqual([['Somsak Inthavong', 'Deputy Prime Minister in charge of Rural Affairs', null]]);
  });

  it('keeps the opening parenthesis out of a title with "and"', () => {
    expect(
      roles(
        'The Director of the Fund, Pavel Norden, visited Korea from 3 to 5 May 2026. In Seoul, he met Minister of Health Lee Min-ho and the Vice Minister of Oceans and Fisheries (Choi Dae-sung).',
      ).at(-1),
    ).toEqual([
      'Choi Dae-sung',
      'Vice Minister of Oceans and Fisheries',
      'Ministry of Oceans and Fisheries',
    ]);
  });
});
