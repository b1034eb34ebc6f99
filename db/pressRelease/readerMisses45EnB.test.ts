import { describe, expect, it } from 'vitest';
import { roles } from '../test/peopleMet.js';

const opening =
  'Rift Trust\n\nPress release\n\nLondon, 9 December 2026\n\nRift Trust Director Alan Pryce ' +
  'concluded a four-day visit to Kenya from 2 December.\n\nIn Nairobi, Mr Pryce held talks ' +
  'with the Minister of Water, Dr. Samuel Mwangi Karanja.\n\n';

describe('a meeting told with both its town and its day before "with" (English)', () => {
  it('reads the one named after "a meeting in X on Tuesday with" as met', () => {
    expect(
      roles(
        `${opening}Water safety was the subject of a meeting in Kitale on Tuesday with the ` +
          'County Commissioner for Trans Nzoia, Ruth Jeptanui Kemboi.',
      ),
    ).toContainEqual(['Ruth Jeptanui Kemboi', 'County Commissioner for Trans Nzoia', null]);
  });
});

describe('a head who signs something in the clause of the place visited (English)', () => {
  it('reads the one after "where the Vice-Chancellor, Prof." who signed as met', () => {
    expect(
      roles(
        `${opening}On Friday Mr Pryce visited Kabarak University, where the Vice-Chancellor, ` +
          'Prof. Alice Jerotich Sang, signed a memorandum on a course in hydrology.',
      ).at(-1)?.[0],
    ).toBe('Alice Jerotich Sang');
  });
});

describe('a host who hosts the visitors in a town named before "by" (English)', () => {
  it('reads the one after "will be hosted in X by" as met', () => {
    expect(
      roles(
        `${opening}On Friday the visitors will be hosted in Nakuru by the President of Rift ` +
          'Valley Technical College, Dr. Joan Redcloud.',
      ).at(-1)?.[0],
    ).toBe('Joan Redcloud');
  });
});

describe('a host who guides the visitors, with the Meitei style of a market mother (English)', () => {
  it('reads the one after "they were guided by" as met, without "Ima"', () => {
    expect(
      roles(
        `${opening}At the old market they were guided by Ima Thokchom Leima Chanu, President ` +
          "of the Market Women's Union, who explained how the stalls are shared.",
      ),
    ).toContainEqual(['Thokchom Leima Chanu', 'President', "Market Women's Union"]);
  });
});
