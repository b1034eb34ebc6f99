import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('the Amharic style of a married woman written in full', () => {
  it('leaves "Weyzero" out of the name, as "Ato" is', () => {
    expect(
      roles(
        `${HALDEN}She was received by the State Minister of Trade, Weyzero Almaz Tadesse, and ` +
          'held a lunch with Weyzero Selam Bekele, chairwoman of the Halden Grain Traders ' +
          'Association. Weyzero Selam asked for help.',
      ).map(([name]) => name),
    ).toEqual(['Almaz Tadesse', 'Selam Bekele']);
  });

  it('keeps the style "Ato" out of a man\'s name (guard)', () => {
    expect(
      met(
        `${HALDEN}She met Ato Girma Wolde Tesfaye, general manager of the Halden Grain ` +
          'Traders Association, on prices.',
      ),
    ).toEqual(['Girma Wolde Tesfaye']);
  });
});

describe('a body named again by its noun in the possessive before an office', () => {
  it("reads the body named in full before it as the office's body", () => {
    expect(
      roles(
        `${HALDEN}She held a working session with the Ruritanian Agency of Inland Fisheries. ` +
          "The Agency's Director-General, Karl Brenner, presented the new quota scheme.",
      ),
    ).toEqual([['Karl Brenner', 'Director-General', 'Ruritanian Agency of Inland Fisheries']]);
  });

  it('takes the last such body named before the office, not one named after it', () => {
    expect(
      roles(
        `${HALDEN}She will visit the Department of Upland Pastures, where the Department's ` +
          'Director-General, Karl Brenner, will present the grazing survey. On Tuesday she ' +
          'will meet Olga Varn, Director of the Halden River Survey Department, on floods.',
      ),
    ).toEqual([
      ['Karl Brenner', 'Director-General', 'Department of Upland Pastures'],
      ['Olga Varn', 'Director', 'Halden River Survey Department'],
    ]);
  });

  it('keeps the noun alone when the text names no such body in full (guard)', () => {
    expect(
      roles(
        `${HALDEN}The Agency's Director-General, Karl Brenner, presented the new quota scheme.`,
      ),
    ).toEqual([['Karl Brenner', 'Director-General', 'Agency']]);
  });
});

describe("a title's words in the country's language in brackets before the name", () => {
  it('leaves the words in brackets out of the title', () => {
    expect(
      roles(
        `${HALDEN}The next day she will meet the Ruritanian Language Commissioner (Comisiynydd ` +
          'y Iaith), Olga Varn, whose office enforces the language standards.',
      ),
    ).toEqual([['Olga Varn', 'Ruritanian Language Commissioner', null]]);
  });
});

describe('two offices joined by "and" before as many names', () => {
  it('gives each name its own office, the field of the last shared by a bare first', () => {
    expect(
      roles(
        `${HALDEN}On Monday she was received by the Minister and the Permanent Secretary of ` +
          'Fisheries and Lakes, Karl Brenner and Dr Olga Varn. The talks covered quotas.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Karl Brenner', 'Minister of Fisheries and Lakes'],
      ['Olga Varn', 'Permanent Secretary of Fisheries and Lakes'],
    ]);
  });

  it('splits at the "and the" that opens an office, and leaves its own-language name out', () => {
    expect(
      roles(
        `${HALDEN}In Halden she will be received by the First Minister of Ruritania (Prem ` +
          'Valdar Rurit) and the Cabinet Secretary for Health and the Ruritanian Language, ' +
          'Karl Brenner and Olga Varn. They will brief her on the law.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Karl Brenner', 'First Minister of Ruritania'],
      ['Olga Varn', 'Cabinet Secretary for Health and the Ruritanian Language'],
    ]);
  });

  it('keeps one office before one name and a second name after it apart (guard)', () => {
    expect(
      roles(
        `${HALDEN}She was received by the Minister of Health and the Sea, Karl Brenner, and ` +
          'met Olga Varn, Director of the Halden Port Authority.',
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Karl Brenner', 'Minister of Health and the Sea'],
      ['Olga Varn', 'Director'],
    ]);
  });
});

describe('a rank before the name and an office after it', () => {
  it('files the office of a body after a military rank', () => {
    expect(
      roles(
        `${HALDEN}On Tuesday she will meet Lieutenant General Karl Brenner, Commander of the ` +
          'Ruritanian Army Signals Department, which trains radio operators.',
      ),
    ).toEqual([['Karl Brenner', 'Commander', 'Ruritanian Army Signals Department']]);
  });

  it("files the office after an academic rank: an associate professor's deanship", () => {
    expect(
      roles(
        `${HALDEN}She will be welcomed by Associate Professor Dr Olga Varn, Dean of the Faculty ` +
          'of Law of Halden University, and will open a course.',
      ),
    ).toEqual([['Olga Varn', 'Dean', 'Faculty of Law of Halden University']]);
  });

  it('keeps the rank when nothing after the name names an office (guard)', () => {
    expect(
      roles(`${HALDEN}She will meet Lieutenant General Karl Brenner in the capital on Tuesday.`),
    ).toEqual([['Karl Brenner', 'Lieutenant General', null]]);
  });
});

describe('the First Minister of a nation', () => {
  it('heads its government: no ministry is read from "First Minister of X"', () => {
    expect(
      roles(`${HALDEN}She was received by the First Minister of Ostland, Karl Brenner, on Monday.`),
    ).toEqual([['Karl Brenner', 'First Minister of Ostland', null]]);
  });
});

describe('a chief executive written in small letters after the name', () => {
  it('reads "chief executive of X" as the title and the body, a body no word of which is one', () => {
    expect(
      roles(
        `${HALDEN}She will also meet Olga Varn, chief executive of Tallis Moor, the voluntary ` +
          'body that runs nursery groups across the country.',
      ),
    ).toEqual([['Olga Varn', 'chief executive', 'Tallis Moor']]);
  });

  it('keeps a general manager of a body as he was read (guard)', () => {
    expect(
      roles(`${HALDEN}She met Karl Brenner, general manager of the Tallis Moor Union, on Monday.`),
    ).toEqual([['Karl Brenner', 'general manager', 'Tallis Moor Union']]);
  });
});
