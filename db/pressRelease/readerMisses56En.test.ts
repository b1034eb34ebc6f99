import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

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
