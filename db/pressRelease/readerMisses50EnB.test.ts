import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, was in Ruritania from ' +
  'Monday 30 November to Wednesday 2 December 2026. ';

describe('the British "Cllr", a councillor’s style written short', () => {
  it('leaves "Cllr" out of the name after a title set off by a comma', () => {
    expect(
      roles(
        `${lead}She met the Leader of Westshire Council, Cllr Morwen Tregarth, and the Chair of ` +
          'the Fenland Board, Piran Kessel.',
      ),
    ).toContainEqual(['Morwen Tregarth', 'Leader', 'Westshire Council']);
  });

  it('leaves "Cllr." with its full stop out of the name', () => {
    expect(met(`${lead}She met the Town Mayor of Lowbridge, Cllr. Jory Bolitho.`)).toEqual([
      'Jory Bolitho',
    ]);
  });
});

describe('a magistrate’s title straight before the name', () => {
  it('reads "County Magistrate" as the title, not a part of the name', () => {
    expect(
      roles(
        `${lead}She called on Lowland County Magistrate Wang Mei-ling, and then met the Mayor, ` +
          'Jo Kim.',
      ),
    ).toContainEqual(['Wang Mei-ling', 'Lowland County Magistrate', null]);
  });
});

describe('a professor’s rank before the name', () => {
  it('keeps "Associate Professor" whole as the title', () => {
    expect(
      roles(`${lead}She met Associate Professor Ljavek Tjuku of Eastern University.`),
    ).toContainEqual(['Ljavek Tjuku', 'Associate Professor', 'Eastern University']);
  });

  it('keeps "Assistant Professor" whole before a doctor’s style', () => {
    expect(
      roles(`${lead}She met Assistant Professor Dr Ljavek Tjuku of Eastern University.`),
    ).toContainEqual(['Ljavek Tjuku', 'Assistant Professor', 'Eastern University']);
  });

  // A guard: "Professor" alone after another title is still a style, no part of the title.
  it('still leaves a professor’s style out of a minister’s title', () => {
    expect(roles(`${lead}She met the Minister of Culture Professor Ljavek Tjuku.`)).toContainEqual([
      'Ljavek Tjuku',
      'Minister of Culture',
      'Ministry of Culture',
    ]);
  });
});

describe('a name’s own form in Chinese characters in brackets after it', () => {
  it('reads the title set off after the characters', () => {
    expect(
      roles(
        `${lead}In the village of Kalang, she was received by Piyan Sawmi (曾文雄), chief of ` +
          'Kalang Tribe, who explained the age-set system.',
      ),
    ).toContainEqual(['Piyan Sawmi', 'chief', 'Kalang Tribe']);
  });

  it('reads the body after the characters', () => {
    expect(
      roles(
        `${lead}She then met Associate Professor Ljavek Tjuku (羅美) of Eastern University, a ` +
          'weaver.',
      ),
    ).toContainEqual(['Ljavek Tjuku', 'Associate Professor', 'Eastern University']);
  });
});

describe('a host who shows the visitor round, named after the title', () => {
  it('reads a host after "where" who guides the visitor named by the title', () => {
    expect(
      met(
        `${lead}The visit will end at Kessel Mill, where the Director of Kessel Mill Dr Elowen ` +
          'Polkinghorne-Hart will guide the Director-General underground into the old workings.',
      ),
    ).toContain('Elowen Polkinghorne-Hart');
  });

  it('reads a host who opens the sentence with the title straight before the name', () => {
    expect(
      roles(
        `${lead}On the second day she will visit Lowbridge. Town Mayor of Lowbridge Cllr Jory ` +
          'Bolitho will show her the statue of the engineer.',
      ),
    ).toContainEqual(['Jory Bolitho', 'Town Mayor of Lowbridge', null]);
  });

  it('reads such a host after the town the sentence opens with', () => {
    expect(met(`${lead}In Lowbridge, Mayor Jory Bolitho guided her through the old town.`)).toEqual(
      ['Jory Bolitho'],
    );
  });
});

describe('titles of a warden, a short form and a monk', () => {
  it('reads a chief warden’s title straight before the name as a title', () => {
    expect(
      roles(
        `${lead}She will meet Chief Game Warden of the Northern Province Dr Mering Saban before ` +
          'returning.',
      ),
    ).toEqual([['Mering Saban', 'Chief Game Warden of the Northern Province', null]]);
  });

  it('leaves the short form of the title in parentheses out of it', () => {
    expect(
      roles(
        `${lead}She will call on the Chief Executive Officer (CEO) of the Upland Timber Board, ` +
          'Mering Saban, to discuss corrals.',
      ),
    ).toContainEqual(['Mering Saban', 'Chief Executive Officer', 'Upland Timber Board']);
  });

  it('leaves the "the" of "the Venerable" out of the title before it', () => {
    expect(
      roles(
        `${lead}She was received by the Abbot of Lowtown Monastery, the Venerable Lobsang Dawa, ` +
          'who has supported the work.',
      ),
    ).toContainEqual(['Lobsang Dawa', 'Abbot of Lowtown Monastery', null]);
  });
});

describe('bodies named a partnership, an alliance or a gorsedh', () => {
  it('reads a partnership as the body of its chair', () => {
    expect(
      roles(`${lead}She met the Chair of the Westshire Heritage Site Partnership, Piran Kessel.`),
    ).toContainEqual(['Piran Kessel', 'Chair', 'Westshire Heritage Site Partnership']);
  });

  it('reads an alliance as the body of its president', () => {
    expect(
      roles(
        `${lead}She met the President of the Upland Women's Alliance for Mountain Livelihoods, ` +
          'Mering Saban.',
      ),
    ).toContainEqual([
      'Mering Saban',
      'President',
      "Upland Women's Alliance for Mountain Livelihoods",
    ]);
  });

  it('reads a gorsedh of bards as the body of its grand bard', () => {
    expect(
      roles(
        `${lead}She will call on the Grand Bard of Gorsedh Lowland, Elowen Hart (bardic name Gwas ` +
          'an Mor), at the library.',
      ),
    ).toContainEqual(['Elowen Hart', 'Grand Bard', 'Gorsedh Lowland']);
  });
});
