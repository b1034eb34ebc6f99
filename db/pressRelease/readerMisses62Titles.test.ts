import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('an office named bare at the body the visitors went to', () => {
  it('reads «visited X University, …, where the Rector, A B» as the rector of X University', () => {
    expect(
      roles(
        `${ORIEL}She then visited Orvan Delisk University, named after the poet K. L. Delisk, ` +
          'where the Vice-Chancellor, Prof. Tamsin Ruvello, showed her the laboratories.',
      ),
    ).toContainEqual(['Tamsin Ruvello', 'Vice-Chancellor', 'Orvan Delisk University']);
  });

  it('keeps the seat a university is named with: «visited X University, Velmora, where …»', () => {
    expect(
      roles(
        `${ORIEL}She then visited Orvan Delisk University, Velmora, where the Dean, Dr. Kasimir ` +
          'Ulvang, showed her the library.',
      ),
    ).toContainEqual(['Kasimir Ulvang', 'Dean', 'Orvan Delisk University, Velmora']);
  });

  it('reads «at the X School, where the Principal, A B» as the principal of that school', () => {
    expect(
      roles(
        `${ORIEL}On Wednesday she spent the morning at the Velmora Bilingual Charter School, ` +
          'where the Principal, Ilse Varnstrom, showed how the children learn.',
      ),
    ).toContainEqual(['Ilse Varnstrom', 'Principal', 'Velmora Bilingual Charter School']);
  });

  it('reads «At X University – … – she met the Rector, A B» as the rector of X University', () => {
    expect(
      roles(
        `${ORIEL}At Korvast University – named after a hero of the 1820 rising – she met the ` +
          'Rector, Prof. Dr. Elias Mornevik, and the researchers of the hatchery.',
      ),
    ).toContainEqual(['Elias Mornevik', 'Rector', 'Korvast University']);
  });

  it('reads «visited X, the University of Y, where she met the Rector, A B» as X’s rector', () => {
    expect(
      roles(
        `${ORIEL}On Wednesday she visited Oskavik, the University of Velmora, where she met the ` +
          'Rector, Tuulikki Ravnsborg, and students of the law programme.',
      ),
    ).toContainEqual(['Tuulikki Ravnsborg', 'Rector', 'Oskavik']);
  });

  it('reads «the X Association at a breakfast hosted by its President, A B» as its president', () => {
    expect(
      roles(
        `${ORIEL}On Tuesday she addressed members of the Velmora Hoteliers and Guides ` +
          'Association at a lunch hosted by its President, Doria Vantskerk.',
      ),
    ).toContainEqual(['Doria Vantskerk', 'President', 'Velmora Hoteliers and Guides Association']);
  });

  it('leaves a governor met in a town a bare governor (guard)', () => {
    expect(
      roles(
        `${ORIEL}On Tuesday she visited Velmora, where she met the Governor, Aksel Brandvik, ` +
          'who spoke of the roads.',
      ),
    ).toContainEqual(['Aksel Brandvik', 'Governor', null]);
  });
});

describe('a body’s name before its head’s office, no comma between', () => {
  it('reads «X District Municipality Executive Mayor A B» as the municipality’s mayor', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she paid a courtesy call on Orvika District Municipality Executive ` +
          'Mayor Thandeka Morvule, who spoke of the roads.',
      ),
    ).toContainEqual(['Thandeka Morvule', 'Executive Mayor', 'Orvika District Municipality']);
  });

  it('reads «X Art Gallery Executive Director A B» as the gallery’s director', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she will meet Velmora Art Gallery Executive Director Annika ` +
          'Torvelund to discuss the loans.',
      ),
    ).toContainEqual(['Annika Torvelund', 'Executive Director', 'Velmora Art Gallery']);
  });

  it('reads «X Nation Principal Chief A B» as the nation’s principal chief', () => {
    const people = roles(
      `${ORIEL}In Orvika she was welcomed by Velmora Nation Principal Chief Daniel Orrwater ` +
        'and by Deputy Principal Chief Mara Stonefeather, who spoke of the schools.',
    );
    expect(people).toContainEqual(['Daniel Orrwater', 'Principal Chief', 'Velmora Nation']);
    expect(people.find((p) => p[0] === 'Mara Stonefeather')?.[1]).toBe('Deputy Principal Chief');
  });
});

describe('a body named after «of» by the last words of its kind', () => {
  it('reads «Mayor of X Local Municipality» and «Warden of Y National Park» as held in them', () => {
    const people = roles(
      `${ORIEL}In Velmora she met the Mayor of Greater Orvika Local Municipality, Cllr Sipho ` +
        'Ndaweni, and the Warden of Korvast National Park, Dra. Lurdes Mavota, who spoke of ' +
        'the fences.',
    );
    expect(people).toContainEqual(['Sipho Ndaweni', 'Mayor', 'Greater Orvika Local Municipality']);
    expect(people).toContainEqual(['Lurdes Mavota', 'Warden', 'Korvast National Park']);
  });

  it('reads «Chief of the X Band of Y Indians» as the chief of that band', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she was received by Thomas Redhawk, Chief of the Orvika Band of ` +
          'Velmora Indians, whose offices are in the town.',
      ),
    ).toContainEqual(['Thomas Redhawk', 'Chief', 'Orvika Band of Velmora Indians']);
  });

  it('keeps «Mayor of X City» and «Mayor of Y Municipality» whole (guard)', () => {
    const people = roles(
      `${ORIEL}In Velmora she met the Mayor of Velmora City, Hon. Dario Pelmonte, and the ` +
        'Mayor of Orvika Municipality, Mr Kiran Thapaliya, who spoke of the roads.',
    );
    expect(people).toContainEqual(['Dario Pelmonte', 'Mayor of Velmora City', null]);
    expect(people).toContainEqual(['Kiran Thapaliya', 'Mayor of Orvika Municipality', null]);
  });
});

describe('a title in the country’s language in brackets inside the English one', () => {
  it('leaves «(Presidente Municipal)» out of «Municipal President (…) of X»', () => {
    expect(
      roles(
        `${ORIEL}There she will meet the Municipal President (Presidente Municipal) of San ` +
          'Bartolo Ocotlán, Ernesto Ruiz Calvo, and visit the market.',
      ),
    ).toContainEqual(['Ernesto Ruiz Calvo', 'Municipal President of San Bartolo Ocotlán', null]);
  });
});

describe('a Dutch degree written small before the name', () => {
  it('leaves «drs.» out of the title it follows: «Minister of X of Y drs. A B»', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she was welcomed by Minister of Culture, Youth and Sport of Orvika ` +
          'drs. Jurmen Halvenhoek, with whom she discussed the festival.',
      ),
    ).toContainEqual(['Jurmen Halvenhoek', 'Minister of Culture, Youth and Sport of Orvika', null]);
  });
});

describe('a board named short, spelt out before', () => {
  it('reads «VTMB Chairman A B» after «the Velmora Tea Marketing Board (VTMB)» in full', () => {
    expect(
      roles(
        'The President of the Lantern Trust, Anna Weller, will visit Ruritania from 1 to 4 ' +
          'December 2026 at the invitation of the Velmora Tea Marketing Board (VTMB). On ' +
          'arrival she will be received by VTMB Chairman Dr. Oskar Brandvold Lien, who will ' +
          'brief her on the auctions.',
      ),
    ).toContainEqual(['Oskar Brandvold Lien', 'Chairman', 'Velmora Tea Marketing Board']);
  });
});

describe('a government or a body set off by commas after the office', () => {
  it('reads «the Minister of State for X, Government of Y, Shri A B» as held in that government', () => {
    expect(
      roles(
        `${ORIEL}In Velmora she will meet the Minister of State for Fisheries and Ports, ` +
          'Government of Orvika, Shri Haribhai Devjibhai Solanki.',
      ),
    ).toContainEqual([
      'Haribhai Devjibhai Solanki',
      'Minister of State for Fisheries and Ports',
      'Government of Orvika',
    ]);
  });
});

describe('an office named for its body’s kind at the body the visitors went to', () => {
  it('reads «visited Barangay X, where Punong Barangay A B» as the head of Barangay X', () => {
    expect(
      roles(
        `${ORIEL}The delegation then visited Barangay San Isidro, where Punong Barangay Ligaya ` +
          'Domingo-Tabal presented the early warning system.',
      ),
    ).toContainEqual(['Ligaya Domingo-Tabal', 'Punong Barangay', 'Barangay San Isidro']);
  });
});

describe('a deputy named right after the head of the same body', () => {
  it('reads «X Nation Principal Chief A B and Deputy Principal Chief C D» as of one nation', () => {
    expect(
      roles(
        `${ORIEL}In Orvika she was welcomed by Velmora Nation Principal Chief Daniel Orrwater ` +
          'and Deputy Principal Chief Mara Stonefeather, who spoke of the schools.',
      ),
    ).toContainEqual(['Mara Stonefeather', 'Deputy Principal Chief', 'Velmora Nation']);
  });

  it('leaves a deputy named in another sentence to his own body (guard)', () => {
    expect(
      roles(
        `${ORIEL}In Orvika she met Velmora Tea Board Chairman Daniel Orrwater. On Tuesday she ` +
          'was received by the Deputy Chairman, Mara Stonefeather, at the port.',
      ),
    ).toContainEqual(['Mara Stonefeather', 'Deputy Chairman', null]);
  });
});

describe('an Indonesian head’s office in its own words after the name', () => {
  it('reads «A B, Kepala Desa of X, who …» as the village head’s office', () => {
    expect(
      roles(
        `${ORIEL}She was received at the hall by Yohanes Matulessy, Kepala Desa of Negeri ` +
          'Orvika, who leads the village council.',
      ),
    ).toContainEqual(['Yohanes Matulessy', 'Kepala Desa of Negeri Orvika', null]);
  });
});
