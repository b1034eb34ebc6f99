import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { datesOf } from '../test/visitFacts.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a title and its body in parentheses after the name', () => {
  it('reads "A B (Rector, X University of Y)" as the rector of that university', () => {
    expect(
      roles(
        `${HALDEN}The visit ended in Brenn, with a seminar hosted by Hilde Varsø (Rector, ` +
          'Olvara University of Applied Sciences), and a day on a farm.',
      ),
    ).toEqual([['Hilde Varsø', 'Rector', 'Olvara University of Applied Sciences']]);
  });

  it('keeps a body whose name holds a comma: "(Vice-Chancellor, University of X, Y)"', () => {
    expect(
      roles(
        `${HALDEN}On 2 December she met Professor Tarja Veltmann (Vice-Chancellor, University ` +
          'of Ruritania, Brenn).',
      ),
    ).toEqual([['Tarja Veltmann', 'Vice-Chancellor', 'University of Ruritania, Brenn']]);
  });

  it('reads it after a style before the name: "with Professor A B (Vice-Chancellor, X)"', () => {
    expect(
      roles(
        'The President of the Halden Water Trust, Anna Weller, will be in Ruritania from the ' +
          'evening of Saturday 12 to the morning of Tuesday 15 December to meet teachers.\n\n' +
          'On Monday 14 December she will travel to Brenn to sign a partnership on teacher ' +
          'training with Professor Maria Veltmann (Vice-Chancellor, University of Ruritania, ' +
          'Brenn).',
      ),
    ).toEqual([['Maria Veltmann', 'Vice-Chancellor', 'University of Ruritania, Brenn']]);
  });

  it('still reads a rank alone in parentheses as the title (guard)', () => {
    expect(
      roles(`${HALDEN}On 2 December she met Hilde Varsø (Chair) and Pavo Lind (Vice-Chair).`),
    ).toEqual([
      ['Hilde Varsø', 'Chair', null],
      ['Pavo Lind', 'Vice-Chair', null],
    ]);
  });
});

describe('one the visitor walks a place with, the title in parentheses after the name', () => {
  it('reads "walked the trails of X with Ms A B (Chief Ranger, Y)" as a meeting', () => {
    expect(
      roles(
        `${HALDEN}On 2 December she walked the trails of the Olvara Fen with Ms Hilde Varsø ` +
          '(Chief Ranger, Olvara-numa National Park), who showed her the nesting cranes.',
      ),
    ).toEqual([['Hilde Varsø', 'Chief Ranger', 'Olvara-numa National Park']]);
  });

  it('leaves one walked with whose words in parentheses are no title (guard)', () => {
    expect(
      met(
        `${HALDEN}On 2 December she walked the trails of the Olvara Fen with Hilde Varsø ` +
          '(Olvara Fen), a painter.',
      ),
    ).toEqual([]);
  });
});

describe('an office in small letters after the name', () => {
  it('reads "A B, curator of the X Museum" and "C D, pastor of the Y Church"', () => {
    expect(
      roles(
        `${HALDEN}In Brenn she met Ms Hilde Varsø, curator of the Olvara State Museum, and Pavo ` +
          'Lind, pastor of the Ruritanian Church in Brenn.',
      ),
    ).toEqual([
      ['Hilde Varsø', 'curator', 'Olvara State Museum'],
      ['Pavo Lind', 'pastor', 'Ruritanian Church in Brenn'],
    ]);
  });

  it('still reads "A B, chair of the X Club" (guard)', () => {
    expect(roles(`${HALDEN}In Brenn she met Hilde Varsø, chair of the Olvara Club.`)).toEqual([
      ['Hilde Varsø', 'chair', 'Olvara Club'],
    ]);
  });
});

describe('one who stands in for a host called away', () => {
  it('leaves out one the visitor was due to meet but who was called away', () => {
    expect(
      met(
        `${HALDEN}In Brenn, on Monday, Ms Weller was due to meet the Minister of Fisheries, ` +
          'Tone Ødeland, who was called away to a meeting abroad. She was received instead by ' +
          'State Secretary Eirik Sæther of the Ministry of Fisheries, who presented the plans.',
      ),
    ).toEqual(['Eirik Sæther']);
  });

  it('still counts one the visitor is due to meet (guard)', () => {
    expect(
      met(
        `${HALDEN}In Brenn, on Monday, Ms Weller is due to meet the Minister of Fisheries, ` +
          'Tone Ødeland, who will present the plans.',
      ),
    ).toEqual(['Tone Ødeland']);
  });
});

describe('"today" set against a time long past', () => {
  it('keeps the visit\'s days when one met tells of a change "from the 1950s to … today"', () => {
    expect(
      datesOf(
        'Brenn, 30 November 2026\n\nThe President of the Halden Water Trust, Anna Weller, ' +
          'visited Ruritania from 1 to 4 November 2026.\n\nOn 3 November she met Pavo Lind, ' +
          'Director of the Olvara Museum, who described how the cranes have recovered from a ' +
          'few dozen birds in the 1950s to two thousand today.',
      ),
    ).toEqual(['2026-11-01', '2026-11-04']);
  });
});
