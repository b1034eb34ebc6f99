import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a body whose name ends with its number', () => {
  it('reads "Treaty #3" and "Local 1199" as the end of the title before the name', () => {
    expect(
      roles(
        `${HALDEN}In Kenora, the President will meet the Ogichidaa of Grand Council Treaty #3, ` +
          "Wesley Kabesh-Nolan, and the council's Elders. In Toronto she met the President of " +
          'Union Local 1199, Harold Quenneville, on wages.',
      ),
    ).toEqual([
      ['Wesley Kabesh-Nolan', 'Ogichidaa', 'Grand Council Treaty #3'],
      ['Harold Quenneville', 'President', 'Union Local 1199'],
    ]);
  });
});

describe('a Spanish double surname whose last part is a city', () => {
  it('keeps "Santiago" as a surname after "and by", before a nickname in brackets', () => {
    expect(
      met(
        `${HALDEN}In Teotitlán, the President was received by the Commissioner of Communal ` +
          'Lands, Bulmaro Pérez Lucas, and by Rosalia Ruiz Santiago (known in the village as ' +
          "Doña Chala), president of the women's cooperative, which grows maize.",
      ),
    ).toEqual(['Bulmaro Pérez Lucas', 'Rosalia Ruiz Santiago']);
  });

  it('leaves a city after a title alone (guard)', () => {
    expect(
      met(`${HALDEN}She was received by the Mayor of Lima, Carla Quispe Mamani, in Santiago.`),
    ).toEqual(['Carla Quispe Mamani']);
  });
});

describe('a welcome to the territory of a people', () => {
  it('meets the chief who welcomes the visitor to the territory of a First Nation', () => {
    expect(
      met(
        `${HALDEN}On Tuesday, Ms. Weller will be welcomed to the territory of Oak River First ` +
          'Nation by Chief Dora Miskwaan. The visit will include a tour of the school.',
      ),
    ).toEqual(['Dora Miskwaan']);
  });
});

describe('the field of a title set off by a comma after it', () => {
  it('reads "Vice-Provost, Indigenous Initiatives" as one title, no person', () => {
    expect(
      met(
        `${HALDEN}On Wednesday she will visit Laketon University, where she will be hosted by ` +
          'Dr. Mary Oskaboose, Vice-Provost, Indigenous Initiatives, and by instructors from ' +
          'the university.',
      ),
    ).toEqual(['Mary Oskaboose']);
  });
});

describe('a host who acts where the visitor went, the title in small letters after the name', () => {
  it('meets the director who presents a study at the university', () => {
    expect(
      roles(
        `${HALDEN}She also visited the Autonomous University of Tarnia, where Dr. Irene Luna ` +
          "Matus, director of the university's Institute of Social Research, presented a study " +
          'on farming.',
      ).map(([name]) => name),
    ).toEqual(['Irene Luna Matus']);
  });
});

describe('the Mexican styles of a graduate and a master, written short', () => {
  it('leaves "Lic." and "Mtra." out of a name of three words after the title', () => {
    expect(
      met(
        `${HALDEN}On the second day she travelled to San Pedro Ayutla, where Municipal ` +
          'President Lic. Zoila Bautista Ramos and members of the municipal council showed the ' +
          'visitors plots of maize. In Tlacolula she met the Director of the Rural College, ' +
          'Mtra. Elvia Sosa Jiménez, on seed banks.',
      ),
    ).toEqual(['Zoila Bautista Ramos', 'Elvia Sosa Jiménez']);
  });
});

describe("an office of the visitor's own body, named in the possessive", () => {
  const TRUST =
    'The Halden Water Trust (HWT) Chief Executive Officer, Ms Anna Weller, was in Ruritania ' +
    'from 1 to 4 December 2026. ';

  it('leaves out the staff of the visitor\'s body who go with her, "HWT\'s Regional Manager"', () => {
    expect(
      met(
        `${TRUST}In Tarn she paid a courtesy call on the Mayor of Tarn, Cllr Piet Mokoena. On ` +
          'Tuesday the CEO addressed rangers in training together with Mr Sipho Ndlovu, ' +
          "HWT's Regional Manager for Community Development.",
      ),
    ).toEqual(['Piet Mokoena']);
  });

  it("keeps the host's own staff in a visit the host tells (guard)", () => {
    expect(
      met(
        'TARN, Dec. 1, 2026 — The Tarn Heritage Center was honored to host Professor Anna ' +
          'Weller, Principal of Halden College, who arrived in Tarn on Friday. Professor Weller ' +
          "was welcomed on Friday by the Tarn Heritage Center's Executive Director, Dr. Ruth " +
          'Okafor Lane, who walked him through the campus.',
      ),
    ).toEqual(['Ruth Okafor Lane']);
  });

  it('keeps one of another body named so (guard)', () => {
    expect(
      met(
        `${TRUST}On Tuesday the CEO addressed rangers in training together with Mr Sipho ` +
          "Ndlovu, Tarnia Parks' Regional Manager for Community Development.",
      ),
    ).toEqual(['Sipho Ndlovu']);
  });
});

describe('a second host after "and" and a style, the title set off after the name', () => {
  it('meets the Gujarati woman named in three words with "-ben" and "-bhai"', () => {
    expect(
      met(
        `${HALDEN}On the last day the delegation will fly to Bhuj. There the Collector of ` +
          'Kutch, Shri Mohan K. Vyas, IAS, will host a meeting on camel milk, and Smt. Kamuben ' +
          "Ramjibhai Ahir, President of the Kutch Sheep Breeders' Association, will take the " +
          'guests to a settlement.',
      ),
    ).toEqual(['Mohan K. Vyas', 'Kamuben Ramjibhai Ahir']);
  });
});

describe('one who speaks at a forum the visitor attends', () => {
  it('does not meet the keynote speaker named after "by" and a style (guard)', () => {
    expect(
      met(
        `${HALDEN}On 2 December she took part in the Tarn Water Forum. The Forum was ` +
          'inaugurated by the Minister of Water, Shri Ravi Nath Kumar, and the keynote address was ' +
          'delivered by Smt. Kamala Iyer Joshi, Vice-Chairperson of the National Water Authority.',
      ),
    ).not.toContain('Kamala Iyer Joshi');
  });
});
