import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, was in Ruritania from ' +
  'Monday 30 November to Wednesday 2 December 2026. ';

describe('a host named first, with a title of small words, who shows the visitors round', () => {
  it('reads a "general manager" who showed the visitor the works', () => {
    expect(
      met(
        `${lead}Torvald Ansgar Brekkeli, general manager of the Lowland Dairy Union, showed the ` +
          'Director-General the union’s new cheese works.',
      ),
    ).toContain('Torvald Ansgar Brekkeli');
  });

  it('reads a "village council president" who will show the delegation the harbour', () => {
    expect(
      met(
        `${lead}Osvin Tellari Marku, village council president of the Native Village of Greyport, ` +
          'will show the delegation the flooded harbour.',
      ),
    ).toContain('Osvin Tellari Marku');
  });

  it('reads one named after "Later that day"', () => {
    expect(
      met(
        `${lead}Later that day Bertil Ovendal Skarre, Chairman of the Upland Runners Camps ` +
          'Association, showed the delegation three camps.',
      ),
    ).toContain('Bertil Ovendal Skarre');
  });
});

describe('the Indonesian "Regent" (bupati), the head of a regency', () => {
  it('reads a Regent named first who welcomed the delegation', () => {
    expect(
      met(`${lead}Darmo Sulistyo Harahap, the Regent of Lowmarsh, welcomed the delegation.`),
    ).toContain('Darmo Sulistyo Harahap');
  });
});

describe('a meeting told by "sit down with"', () => {
  it('reads the one the visitor will sit down with', () => {
    expect(
      met(`${lead}She will then sit down with the Mayor of Lowtown, Ingrid Holmstad Varre.`),
    ).toContain('Ingrid Holmstad Varre');
  });
});

describe('a name of three words straight after a title ending in a place', () => {
  it('opens the name at its given name, not two words before its end', () => {
    expect(
      met(
        `${lead}She will meet Mayor of the City of Lowtown Mary Orvatuk Sellen to discuss roads.`,
      ),
    ).toContain('Mary Orvatuk Sellen');
  });
});

describe('one by whom the visitor is received "there"', () => {
  it('reads both hosts, each without the Khasi style before the name', () => {
    const names = met(
      `${lead}She is due to be received there by the Deputy Commissioner of Lowland District, ` +
        'Kong Merilin Dkharsaw, and by the Chief of Hima Upland, Bah Tremlang Nongsiej.',
    );
    expect(names).toContain('Merilin Dkharsaw');
    expect(names).toContain('Tremlang Nongsiej');
  });
});

describe('talks or a meal "planned" or "followed" with someone', () => {
  it('reads one a working lunch is planned with', () => {
    expect(
      met(
        `${lead}A working lunch is planned with Tomas Verral, president of the Upland Farmers Union.`,
      ),
    ).toContain('Tomas Verral');
  });

  it('reads one talks are planned "there" with', () => {
    expect(
      met(`${lead}Talks are planned there with the Governor of Lowland Province, Tep Sovan Rithy.`),
    ).toContain('Tep Sovan Rithy');
  });

  it('reads one talks followed with', () => {
    expect(
      met(
        `${lead}In Lowfield, talks followed with the Headman of Lowfield, Darmo Sulistyo, on land.`,
      ),
    ).toContain('Darmo Sulistyo');
  });
});

describe('a host named first who offered something to the visitors', () => {
  it('reads a Provost who offered the college’s facilities', () => {
    expect(
      met(
        `${lead}Dr. Eloko Nsa Bassey, Provost of the College of Farming, Lowtown, offered the ` +
          'college’s facilities for a joint training centre.',
      ),
    ).toContain('Eloko Nsa Bassey');
  });
});

describe('the Amharic and Tigrinya "W/ro" (Mrs) written short before a name', () => {
  it('reads the name after the style set off after a title', () => {
    expect(
      met(`${lead}She was welcomed by the Mayor of Lowtown, W/ro Hiwet Gebre-Selam Araya.`),
    ).toContain('Hiwet Gebre-Selam Araya');
  });
});

describe('a body’s other name in parentheses after the body of one named before it', () => {
  it('reads no person in "A B of the Grand Council of the X (Y Z)"', () => {
    expect(
      met(
        `${lead}She will hold talks with Grand Chief Tomas Verral Ashby of the Grand Council of ` +
          'the Lowlanders (Nitaskinan Aski) on a memorandum.',
      ),
    ).toEqual(['Tomas Verral Ashby']);
  });
});

describe('the city a delegation arrived from', () => {
  it('is no place of the visit: the dateline’s town is', () => {
    const text =
      'LOWLAND FORESTRY BOARD\n\nPenang, 1 December 2026\n\nThe Executive Director of the ' +
      'Timber Council, Anna Weller, was in the north from Sunday 29 November to Tuesday 1 ' +
      'December.\n\nMs Weller and her delegation, which arrived from Nagoya, were received on ' +
      'Sunday by the Chief Executive Officer of the Board, Dr Mering anak Saban.\n\nOn Tuesday ' +
      'the visitors returned to Penang.';
    expect(extractDraft(text).visit.places[0]?.country).toBe('MY');
  });
});

describe('the town of a body set off after the title of one named first', () => {
  it('reads no one-word name in "A B, Director of the X College, Lowtown, presented …"', () => {
    expect(
      met(
        `${lead}Eloko Nsa Bassey, Director of the College of Farming, Lowtown, presented the ` +
          'college’s new laboratories.',
      ),
    ).toEqual(['Eloko Nsa Bassey']);
  });
});
