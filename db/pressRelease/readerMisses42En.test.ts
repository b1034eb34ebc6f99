import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const LESOTHO =
  'The Director of the Island Trust, Anna Weller, will visit Lesotho from 7 to 9 December 2026. ' +
  'In Maseru she will meet the Minister of Health, Hon. Lerato Palesa Ntsane. ';

describe('the Sesotho and Setswana chiefly styles before a name', () => {
  it('leaves "Morena" out of a chief’s name', () => {
    expect(
      met(
        `${LESOTHO}She will be hosted by the Principal Chief of Leribe, Morena Tumelo ` +
          'Karabo Lethola.',
      ),
    ).toContain('Tumelo Karabo Lethola');
  });

  it('leaves "Kgosi" out of a chief’s name', () => {
    expect(
      met(
        `${LESOTHO}She will hold talks with the Chairperson of the House of Chiefs, Kgosi ` +
          'Kagiso Tebogo Ramoroka, before addressing its members.',
      ),
    ).toContain('Kagiso Tebogo Ramoroka');
  });
});

describe('a Basotho name opening with an apostrophe', () => {
  it('reads a name opening with "\'Ma" before a title after it as met', () => {
    expect(
      met(
        `${LESOTHO}'Maneo Lerato Tsepane, Mayor of Leribe, will then take Ms Weller through the ` +
          'new market.',
      ),
    ).toContain("'Maneo Lerato Tsepane");
  });
});

describe('a list of those met that goes on past a topic with "and will hold talks with"', () => {
  it('reads the one named after "and will hold talks with" as met', () => {
    expect(
      roles(
        `${LESOTHO}She will also meet the Auditor-General, Naledi Onalenna Kgari, on audit ` +
          'rules, and will hold talks with the Chairperson of the Senate, Kagiso Tebogo ' +
          'Ramoroka, before addressing the senators.',
      ).at(-1),
    ).toEqual(['Kagiso Tebogo Ramoroka', 'Chairperson', 'Senate']);
  });
});

describe('a host named first who takes the visitor, named by her style, through a place', () => {
  it('reads one who "will then take Ms …" through a place as met', () => {
    expect(
      met(
        `${LESOTHO}Thato Neo Kobeli, Mayor of Leribe, will then take Ms. Weller ` +
          'through the new market.',
      ),
    ).toContain('Thato Neo Kobeli');
  });
});

const ZIMBABWE =
  'The Director of the Island Trust, Anna Weller, visited Zimbabwe from 7 to 9 December 2026. ' +
  'In Harare she met the Minister of Health, Tendai Rufaro Moyo. ';

describe('a mayor styled "His Worship" and "Councillor" who then shows the delegation a place', () => {
  it('reads the mayor as met, the styles no part of his name', () => {
    expect(
      roles(
        `${ZIMBABWE}His Worship the Mayor of Gweru, Councillor Rutendo Chipo Mapfumo, then ` +
          'showed the delegation the new clinic.',
      ).at(-1),
    ).toEqual(['Rutendo Chipo Mapfumo', 'Mayor of Gweru', null]);
  });
});

describe('the head of a body the day ends at, "whose" title before the name', () => {
  it('reads the head who presents something as met, of that body', () => {
    expect(
      roles(
        `${ZIMBABWE}The day ended at the Midlands Institute of Technology, whose Rector, ` +
          'Professor Tawanda Nyasha Gumbo, presented a study of clinics.',
      ).at(-1),
    ).toEqual(['Tawanda Nyasha Gumbo', 'Rector', 'Midlands Institute of Technology']);
  });
});

const LUSATIA =
  'The President of the Minority Union, Anna Weller, will pay a two-day visit beginning ' +
  'tomorrow to Lusatia in Germany. The programme starts in Bautzen, where the President will ' +
  'be welcomed by the Chairperson of the Heritage League, Jurij Pjech. ';

describe('an adverb of time opening a sentence before a name, with no comma', () => {
  it('leaves "Afterwards" out of the name of a host named first', () => {
    expect(
      roles(
        `${LUSATIA}Afterwards Jan Novak, Lord Mayor of Kamenz, will receive the delegation at ` +
          'the town hall.',
      ).at(-1),
    ).toEqual(['Jan Novak', 'Lord Mayor of Kamenz', null]);
  });
});

describe('a host named after a title whose fields are listed with commas, who joins the talks', () => {
  it('reads the host as met, with the whole title', () => {
    expect(
      roles(
        `${LUSATIA}The State Minister for Science, Culture and Sport, Dr. Marta Kühn-Albers, ` +
          'will join the talks.',
      ).at(-1),
    ).toEqual(['Marta Kühn-Albers', 'State Minister for Science, Culture and Sport', null]);
  });
});
