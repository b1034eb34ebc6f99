import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a name’s own form in brackets after the name', () => {
  it('reads the title after a one-word own form as the person’s', () => {
    expect(
      roles(
        `${ORIEL}In Teshar she met with Aldo Brenner Vask (Tsaaláa), President of the Council ` +
          'of the Marsh Tribes, and with Dr. Olga Pent, President of the Heron Institute.',
      ),
    ).toContainEqual(['Aldo Brenner Vask', 'President', 'Council of the Marsh Tribes']);
  });

  it('reads a two-word own form as no second person', () => {
    const names = met(
      `${ORIEL}Mayor of Teshar Aldo Vask (Aldu Vasku) welcomed the visitors at the town hall.`,
    );
    expect(names).toContain('Aldo Vask');
    expect(names).not.toContain('Aldu Vasku');
  });

  it('reads an own form after its language and a comma as no second person', () => {
    const people = roles(
      `${ORIEL}In Teshar she met Aldo Vask (in Marshic, Aldu Vasku), Deputy Minister in the ` +
        'Ministry of Trade, who presented the plans.',
    );
    expect(people.map((p) => p[0])).toContain('Aldo Vask');
    expect(people.map((p) => p[0])).not.toContain('Aldu Vasku');
    expect(people.find((p) => p[0] === 'Aldo Vask')?.[1]).toMatch(/^Deputy Minister/);
  });

  it('keeps the name of a body’s head in brackets after the body (guard)', () => {
    expect(
      roles(
        `${ORIEL}She met the Chair of the Teshar Water Committee (Dora Kell), who showed her the wells.`,
      ),
    ).toContainEqual(['Dora Kell', 'Chair', 'Teshar Water Committee']);
  });
});

describe('a name in brackets that is no other form of a name before it (guards)', () => {
  it('reads the head named in brackets after the body’s name', () => {
    expect(
      met(
        `${ORIEL}Talks with the Chairman of the National Bank of the Ostin Republic (Aldo ` +
          'Vask) focused on lending in the local currency.',
      ),
    ).toContain('Aldo Vask');
  });

  it('reads the name in brackets after a chief’s title and his one name', () => {
    expect(
      met(
        `${ORIEL}She was welcomed by Senior Chief Ostanga (Aldo Vask) and members of the ` +
          'village committees.',
      ),
    ).toContain('Aldo Vask');
  });
});

describe('a name after a title that ends in its place, with no comma', () => {
  it('opens the name at a common given name before a hyphenated surname', () => {
    const names = met(
      `${ORIEL}In Teshar the team will be welcomed by Mayor of Teshar Ana Rosa Kelling-Marr, ` +
        'and will walk the terraces with the farmers.',
    );
    expect(names).toContain('Ana Rosa Kelling-Marr');
    expect(names).not.toContain('Rosa Kelling-Marr');
  });

  it('reads a second name joined by "and" with its title after a comma', () => {
    const people = roles(
      `${ORIEL}She is scheduled to meet Mayor of Teshar Maria Kitka Vask and Dora Kell, Chair ` +
        'of the Teshar Tribe, at the community house.',
    );
    expect(people).toContainEqual(['Maria Kitka Vask', 'Mayor of Teshar', null]);
    expect(people).toContainEqual(['Dora Kell', 'Chair', 'Teshar Tribe']);
  });

  it('still reads the fields of a title joined by "and" before a name (guard)', () => {
    const people = roles(
      `${ORIEL}She met the Minister of Human and Minority Rights and Social Dialogue, ` +
        'Dora Kell, in Teshar.',
    );
    expect(people.map((p) => p.slice(0, 2))).toContainEqual([
      'Dora Kell',
      'Minister of Human and Minority Rights and Social Dialogue',
    ]);
  });
});

describe('a host named after a title with no comma, who acts on the visitors', () => {
  it('reads the host before a later meeting in the same sentence', () => {
    const people = roles(
      `${ORIEL}Mayor of Teshar Aldo Vask welcomed the visitors at the town hall, and in the ` +
        'evening they met Dora Kell, President of the Union of Weavers.',
    );
    expect(people).toContainEqual(['Aldo Vask', 'Mayor of Teshar', null]);
    expect(people).toContainEqual(['Dora Kell', 'President', 'Union of Weavers']);
  });

  it('reads one who will host the delegation, a body’s name before the title', () => {
    expect(
      met(
        `${ORIEL}Teshar Hills Association Tribal President Aldo Brenner Vask will host the ` +
          'delegation at the tribal house.',
      ),
    ).toContain('Aldo Brenner Vask');
  });

  it('reads one who briefs the visitor named by her style and surname', () => {
    expect(
      met(
        `${ORIEL}The team drove to Ostin, the seat of the district, where Chief District ` +
          'Officer of Ostin Aldo Brenner Vask briefed Dr. Weller on the road works.',
      ),
    ).toContain('Aldo Brenner Vask');
  });
});

describe('paying one’s respects to a chief', () => {
  it('reads the chief as met, the title after the name his', () => {
    expect(
      roles(
        `${ORIEL}She will pay her respects to the Lomwar, Aldo Brenner Vask, Paramount Chief ` +
          'of Ostin, whose consent is needed for any new reserve.',
      ),
    ).toContainEqual(['Aldo Brenner Vask', 'Paramount Chief of Ostin', null]);
  });
});

describe('the head of a body whose offices the visitor visits', () => {
  it('reads the body of the head named after "whose"', () => {
    expect(
      roles(
        `${ORIEL}She will then travel to Ostin to call on Governor of Ostin Dora Kell and to ` +
          'visit the offices of the Ostin Reef Society, whose Executive Director, Aldo Vask, ' +
          'will brief her on the rangers.',
      ),
    ).toContainEqual(['Aldo Vask', 'Executive Director', 'Ostin Reef Society']);
  });
});

describe('days told by their weekday’s place in a month', () => {
  it('reads "from the last Sunday of November to the first Wednesday of December"', () => {
    expect(
      visitOf(
        'Lantern Trust\nOstrava, 11 December 2026\n\nTrust head visits weavers\n\n' +
          'The President of the Lantern Trust, Anna Weller, spent the days from the last ' +
          'Sunday of November to the first Wednesday of December with weavers in Slovakia.' +
          '\n\nIn Bratislava she met the Minister of Culture, Dora Kell Amsel.',
      ),
    ).toEqual({ country: 'SK', start: '2026-11-29', end: '2026-12-02' });
  });

  it('reads "on the second Tuesday of December" as that day', () => {
    expect(
      visitOf(
        'Lantern Trust\nOstrava, 1 December 2026\n\nTrust head to visit weavers\n\n' +
          'The President of the Lantern Trust, Anna Weller, will visit Slovakia on the second ' +
          'Tuesday of December.\n\nIn Bratislava she will meet the Minister of Culture, Dora ' +
          'Kell Amsel.',
      ),
    ).toEqual({ country: 'SK', start: '2026-12-08', end: '2026-12-08' });
  });

  it('reads the year from a dateline after a body’s short name in brackets', () => {
    expect(
      visitOf(
        'Lantern Trust (LT)\nOstrava, 4 December 2026\n\nTrust head visits weavers\n\n' +
          'The President of the Lantern Trust, Anna Weller, spent the days from the last ' +
          'Sunday of November to the first Wednesday of December with weavers in Slovakia.' +
          '\n\nIn Bratislava she met the Minister of Culture, Dora Kell Amsel.',
      ),
    ).toEqual({ country: 'SK', start: '2026-11-29', end: '2026-12-02' });
  });
});
