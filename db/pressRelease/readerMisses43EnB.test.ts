import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Head of the Northern Relief Office, Anna Weller, will visit Afghanistan from ' +
  '7 to 9 December 2026. ';

describe('Afghan religious styles before a name (English)', () => {
  it('leaves "Mawlawi" out of the name of a deputy minister', () => {
    expect(
      met(
        `${lead}In Kabul she will meet the Deputy Minister of Water, Mawlawi Hamidullah Nasir ` +
          'Wardak, on irrigation.',
      ),
    ).toContain('Hamidullah Nasir Wardak');
  });

  it('leaves "Qari" out of the name of a governor', () => {
    expect(
      met(`${lead}In Ghazni she will meet the Governor of Ghazni, Qari Sharafuddin Mangal.`),
    ).toContain('Sharafuddin Mangal');
  });
});

describe('a name of three words after "and", its title set off after it in lower case', () => {
  it('keeps the given name after "; and" before ", a member of …"', () => {
    expect(
      met(
        `${lead}She will meet local leaders, among them: Haji Wali Jan Durrani, Head of the Ghor ` +
          'Traders Union; and Omar Reza Tarinzai, a member of the provincial Elders Council.',
      ),
    ).toContain('Omar Reza Tarinzai');
  });
});

describe('the list of those met going on past a topic with "and the" and a title', () => {
  it('reads the head named after ", and the Rector of …," as met', () => {
    expect(
      roles(
        `${lead}In Herat she will meet the Governor of Herat, Hamid Karimi Safi, on water ` +
          'shortages and refugees, and the Rector of Herat Medical University, Yusuf Nabi Tokhi, on ' +
          'courses for young people.',
      ),
    ).toContainEqual(['Yusuf Nabi Tokhi', 'Rector', 'Herat Medical University']);
  });
});

const indianLead =
  'A delegation from Dong Nai Province, led by the Vice Chairman Tran Van Binh, concludes ' +
  'today a four-day visit to Karnataka that began on Sunday. On Sunday the delegation was ' +
  'received in Bengaluru by the Minister for Commerce, Shri Anil Kumar Rao. ';

describe('a host named first who chairs a session of the visit (English)', () => {
  it('reads "A B C, President of X, chaired a business session" as met', () => {
    expect(
      roles(
        `${indianLead}On Tuesday it visited the Mysore Chamber of Trade (MCT). Smt. Lata Vilas ` +
          'Pawar, President of MCT, chaired a business session attended by more than 80 firms.',
      ),
    ).toContainEqual(['Lata Vilas Pawar', 'President', 'Mysore Chamber of Trade']);
  });
});

describe('a head named after his title with no commas, acting in the clause of the place', () => {
  it('reads "where Vice-Chancellor Prof. A B C will present …" as met', () => {
    expect(
      met(
        `${indianLead}Today the delegation visits Tumkur Science University, where ` +
          "Vice-Chancellor Prof. Mohan Ganpatrao Kale will present the university's research.",
      ),
    ).toContain('Mohan Ganpatrao Kale');
  });
});
