import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('one met after a lecture or a talk the visitor will give', () => {
  it('reads "will give a lecture at X, …, and meet its rector, A B" as a meeting', () => {
    expect(
      roles(
        `${HALDEN}On Friday Dr Weller will give a lecture at the Tarvo Academy, the city's ` +
          'oldest college, and meet its rector, Ilse Marandor Kettu.',
      ),
    ).toEqual([['Ilse Marandor Kettu', 'Rector', null]]);
  });

  it('leaves one who will speak with the visitor alone when nobody is met (guard)', () => {
    expect(
      met(
        `${HALDEN}On Friday Dr Weller will give a lecture at the Tarvo Academy and meet students.`,
      ),
    ).toEqual([]);
  });
});

describe('a host who receives the visitor at a hall named with a possessive', () => {
  it('reads "received at the X Parliament\'s visitors\' hall and then at Y by A B"', () => {
    expect(
      met(
        `${HALDEN}This morning Dr Weller was received at the Vardan Assembly's guests' hall and ` +
          "then at the Office of Water and Soil by the Vardan Council's Minister for Water, " +
          'Oskar Belmonte Ruiz.',
      ),
    ).toEqual(['Oskar Belmonte Ruiz']);
  });

  it('still reads "received at the Ministry of X by A B" (guard)', () => {
    expect(
      met(
        `${HALDEN}Dr Weller was received at the Ministry of Water by the Minister for Water, ` +
          'Oskar Belmonte Ruiz.',
      ),
    ).toEqual(['Oskar Belmonte Ruiz']);
  });
});

describe('an office after a common noun in the possessive, before the name', () => {
  it('reads "welcomed by the park\'s director, A B" as the director of the park named before', () => {
    expect(
      roles(
        `${HALDEN}At the Olvara Hills National Park the delegation was welcomed by the park's ` +
          'director, Tomas Velin Ardo, walked its trails and visited a seed bank.',
      ),
    ).toEqual([['Tomas Velin Ardo', 'Director', 'Olvara Hills National Park']]);
  });

  it('reads the title alone when no body of that noun is named before', () => {
    expect(
      roles(`${HALDEN}The delegation was welcomed by the museum's curator, Tomas Velin Ardo.`),
    ).toEqual([['Tomas Velin Ardo', 'Curator', null]]);
  });

  it('still reads an office with no possessive before the name (guard)', () => {
    expect(
      roles(`${HALDEN}The delegation was welcomed by the park director, Tomas Velin Ardo.`),
    ).toEqual([['Tomas Velin Ardo', 'Park Director', null]]);
  });
});

describe('one the visitor tours a place with, named before the title', () => {
  it('reads "visited X with A B, Deputy Director of Y" as a meeting', () => {
    expect(
      met(
        `${HALDEN}On 3 December Dr Weller visited the Braskar lava field with Arni Tor ` +
          'Helgason, Deputy Director of the Water Authority, and discussed drilling.',
      ),
    ).toEqual(['Arni Tor Helgason']);
  });
});

describe('a body named by one word in its own language, glossed in English after a comma', () => {
  it('reads "Deputy Director General of Vatnastofa, the National Water Authority"', () => {
    expect(
      roles(
        `${HALDEN}Dr Weller met Arni Tor Helgason, Deputy Director General of Vatnastofa, the ` +
          'National Water Authority, and discussed drilling.',
      ),
    ).toEqual([['Arni Tor Helgason', 'Deputy Director General', 'Vatnastofa']]);
  });

  it('keeps a field of the title before a body named after it (guard)', () => {
    expect(
      roles(
        `${HALDEN}Dr Weller met Arni Tor Helgason, Director of Research, the National Water ` +
          'Authority, and discussed drilling.',
      ),
    ).toEqual([['Arni Tor Helgason', 'Director of Research', 'National Water Authority']]);
  });
});
