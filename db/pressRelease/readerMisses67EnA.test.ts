import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a host named with a small particle inside the name, after "where"', () => {
  it('reads "where Professor A ferch B, Vice-Chancellor of X, showed …"', () => {
    expect(
      roles(
        `${HALDEN}The visit ended on Friday in Varno, where Professor Mair ferch Hywel, ` +
          'Vice-Chancellor of Varno University, showed the President the new library.',
      ),
    ).toEqual([['Mair ferch Hywel', 'Vice-Chancellor', 'Varno University']]);
  });

  it('still reads "where Professor A B, Vice-Chancellor of X, showed …" (guard)', () => {
    expect(
      roles(
        `${HALDEN}The visit ended on Friday in Varno, where Professor Mair Hywel, ` +
          'Vice-Chancellor of Varno University, showed the President the new library.',
      ),
    ).toEqual([['Mair Hywel', 'Vice-Chancellor', 'Varno University']]);
  });
});

describe('a surname that opens with its particle, named again alone', () => {
  it('keeps the given name of "A Mac B" named again as "Mr Mac B"', () => {
    expect(
      met(
        `${HALDEN}In the evening the President of Varno University, Professor Ruairí Mac Amhlaoibh, ` +
          "hosted a dinner for the delegation at the university's old hall. During the dinner " +
          'Mr Mac Amhlaoibh presented a new centre for coastal studies.',
      ),
    ).toEqual(['Ruairí Mac Amhlaoibh']);
  });

  it('keeps a name whose given name the names know (guard)', () => {
    expect(
      met(
        `${HALDEN}In the evening the President of Varno University, Professor Cian Mac Amhlaoibh, ` +
          "hosted a dinner for the delegation at the university's old hall. During the dinner " +
          'Mr Mac Amhlaoibh presented a new centre for coastal studies.',
      ),
    ).toEqual(['Cian Mac Amhlaoibh']);
  });
});

describe("a family's name the release also writes for its dynasty", () => {
  it('keeps the family name first in a Vietnamese name after "the Trịnh lords"', () => {
    expect(
      met(
        `${HALDEN}In Hanoi Dr Weller was received by Professor Trịnh Thị Lan Anh, President of ` +
          'the Red River Water Institute. She later toured a palace built by the Trịnh lords.',
      ),
    ).toEqual(['Trịnh Thị Lan Anh']);
  });

  it('still takes a local title the release uses with "the" off the name (guard)', () => {
    expect(
      met(
        `${HALDEN}There Olmara Tesi Kanu Lowa, the traditional prime minister of Varno, received ` +
          'the visitors. The Olmara recalled the old water courts.',
      ),
    ).toEqual(['Tesi Kanu Lowa']);
  });
});

describe('a title told in a relative clause or in small letters after the name', () => {
  it('reads "A B, who heads the X Department" as the head of the department', () => {
    expect(
      roles(
        `${HALDEN}The visit ends in Varno on Thursday with a meeting with Mr Tomos Llwyd, who ` +
          'heads the Varno Department of Roads and Transport, and with Dr Gwen Ifan.',
      ),
    ).toContainEqual(['Tomos Llwyd', 'head', 'Varno Department of Roads and Transport']);
  });

  it('reads "A B, who is Director of Planning at the X Office, to compare …"', () => {
    expect(
      roles(
        `${HALDEN}On Thursday afternoon Dr Weller also met Rhian Pugh, who is Director of ` +
          "Water Planning at the Varno Rivers Commissioner's Office, to compare the two surveys.",
      ),
    ).toEqual([['Rhian Pugh', 'Director of Water Planning', "Varno Rivers Commissioner's Office"]]);
  });

  it('reads "A B, principal of the X School" as the school\'s principal', () => {
    expect(
      roles(
        `${HALDEN}On Friday Dr Weller met Ms Nia Howell, principal of Varno High School, where ` +
          'the Trust will fund two water laboratories.',
      ),
    ).toEqual([['Nia Howell', 'principal', 'Varno High School']]);
  });

  it('reads no one in the body named after "who chairs" (guard)', () => {
    expect(
      met(
        `${HALDEN}In Varno Dr Weller will call on the Secretary of Water, Ivo Marten Lask, who ` +
          'chairs the National Flood Risk Reduction and Management Council, and will meet ' +
          'Secretary of Roads Alma Venn-Ruiz to discuss the storms.',
      ),
    ).toEqual(['Ivo Marten Lask', 'Alma Venn-Ruiz']);
  });

  it('reads no title from a clause of what the one met did (guard)', () => {
    expect(
      roles(`${HALDEN}On Friday Dr Weller met Rhian Pugh, who praised the Trust's work in Varno.`),
    ).toEqual([['Rhian Pugh', null, null]]);
  });
});
