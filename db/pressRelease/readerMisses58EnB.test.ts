import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('the styles of a Tokelauan Faipule and of a Rotuman chief', () => {
  it('leaves "Aliki Faipule" out of the Faipule’s name', () => {
    const names = met(
      `${ORIEL}There she was received by the Faipule of Nukuvai, Aliki Faipule Tavita Malemo, ` +
        'who chaired a meeting with the village elders.',
    );
    expect(names).toContain('Tavita Malemo');
    expect(names).not.toContain('Aliki Faipule Tavita Malemo');
  });

  it('leaves "Gagaj" out of the chief’s name', () => {
    const names = met(
      `${ORIEL}She then called on the district chief of Falpeta, Gagaj Semisi Fonmana, ` +
        'at his home.',
    );
    expect(names).toContain('Semisi Fonmana');
    expect(names).not.toContain('Gagaj Semisi Fonmana');
  });
});

describe('the words of respect for an Islander elder', () => {
  it('leaves "Uncle" out of the elder’s name', () => {
    const names = met(
      `${ORIEL}They were welcomed by the Mamoose of Warula, Uncle Tomasi Peraki, who spoke ` +
        'about the seawall.',
    );
    expect(names).toContain('Tomasi Peraki');
    expect(names).not.toContain('Uncle Tomasi Peraki');
  });

  it('leaves "Aunty" out of the elder’s name', () => {
    const names = met(
      `${ORIEL}She met the Chair of the Warula Women's Group, Aunty Lena Maratu, at the hall.`,
    );
    expect(names).toContain('Lena Maratu');
    expect(names).not.toContain('Aunty Lena Maratu');
  });
});

describe('a body met, chaired by a man named with no title', () => {
  it('reads him as the chair of that body', () => {
    expect(
      roles(
        `${ORIEL}On Wednesday she held a meeting with the Island Council of Veltra, chaired by ` +
          'Mr Semisi Fonmana, and a briefing at the government station.',
      ),
    ).toContainEqual(['Semisi Fonmana', 'Chair', 'Island Council of Veltra']);
  });
});

describe('a Spanish name of two given names and two surnames', () => {
  it('reads it whole after "welcomed by", its title after it', () => {
    const names = met(
      `${ORIEL}At the ranchería the delegation was welcomed by Elena Rocío Ipuaná Wouriyú, ` +
        'traditional authority of the ranchería, who showed the seed store.',
    );
    expect(names).toContain('Elena Rocío Ipuaná Wouriyú');
    expect(names).not.toContain('Ipuaná Wouriyú');
  });

  it('reads it whole after "met", with a given name the reader may not know', () => {
    const names = met(
      `${ORIEL}She also met Jaime Andrés Uliana Palmar, director of the Seed Keepers ` +
        'Association, a network of farmers.',
    );
    expect(names).toContain('Jaime Andrés Uliana Palmar');
    expect(names).not.toContain('Andrés Uliana Palmar');
  });
});

describe('a host named after a local office with no comma, who shows what is done there', () => {
  it('reads a Pargana named after the headman among those who welcome the guests', () => {
    const names = met(
      `${ORIEL}The guests were welcomed by the headman of Karmatoli, Shri Budhan Soren, and ` +
        'Pargana Sukra Marndi, the head of the surrounding villages.',
    );
    expect(names).toContain('Budhan Soren');
    expect(names).toContain('Sukra Marndi');
  });

  it('reads an anganwadi worker who demonstrates the songs', () => {
    expect(
      met(
        `${ORIEL}At the centre, Anganwadi Sevika Lakhi Besra demonstrated songs used with ` +
          'children under six.',
      ),
    ).toContain('Lakhi Besra');
  });

  it('reads a ranger who presents the monitoring', () => {
    expect(
      met(
        `${ORIEL}Senior Ranger Aunty Mele Tabuai of the Island Land and Sea Unit presented the ` +
          "rangers' turtle monitoring.",
      ),
    ).toContain('Mele Tabuai');
  });
});

describe('a community’s office in its own language before the name', () => {
  it('reads the one met after the community’s name and its office in small letters', () => {
    const names = met(
      `${ORIEL}On Sunday Ms Weller met Wasla síndica Rosario Tinkam Blandford, the elected land ` +
        'trustee, who described the patrols.',
    );
    expect(names).toContain('Rosario Tinkam Blandford');
  });
});

describe('hosts who welcome the guests with a ceremony', () => {
  it('reads those named after "welcomed with a … ceremony by"', () => {
    expect(
      met(
        `${ORIEL}Following local custom, the guests were welcomed with a foot-washing ceremony ` +
          'by the headman of Karmatoli, Shri Budhan Soren, at the village square.',
      ),
    ).toContain('Budhan Soren');
  });
});

describe('one who joins the visitors and chairs a meeting', () => {
  it('reads her as met', () => {
    expect(
      met(
        `${ORIEL}They were joined by the Mukhiya of Karmatoli panchayat, Smt. Lakhi Besra, who ` +
          "chaired a meeting of mothers' groups.",
      ),
    ).toContain('Lakhi Besra');
  });
});

describe('a village mayor named after his village in the possessive and his title explained', () => {
  it('reads the mayor who shows the visitors the lagoon', () => {
    expect(
      met(
        `${ORIEL}Nukuvai's Pulenuku (village mayor) Sione Kelemete showed the visitors the ` +
          'lagoon areas closed to fishing.',
      ),
    ).toContain('Sione Kelemete');
  });

  it('reads his title as that of the village', () => {
    expect(
      roles(
        `${ORIEL}Nukuvai's Pulenuku (village mayor) Sione Kelemete showed the visitors the ` +
          'lagoon areas closed to fishing.',
      ),
    ).toContainEqual(['Sione Kelemete', 'Pulenuku of Nukuvai', null]);
  });
});

describe('a host named after his community and its office in small letters', () => {
  it('reads the judge who explains the customary law', () => {
    expect(
      met(
        `${ORIEL}In the community of Wasla, Wasla wihta Rosendo Tinkam Blandford explained how ` +
          'disputes over land are settled.',
      ),
    ).toContain('Rosendo Tinkam Blandford');
  });

  it('reads no one in a sentence of what a man said in small letters', () => {
    expect(
      met(
        `${ORIEL}In Wasla, Oriel said Rosendo Tinkam Blandford explained how disputes are settled.`,
      ),
    ).not.toContain('Rosendo Tinkam Blandford');
  });
});

describe('the head of a body met, named after "and its" and a title in small letters', () => {
  it('reads her as that body’s head', () => {
    const people = roles(
      `${ORIEL}On Thursday she met the women of the Fatumalu (Nukuvai women's committee) and its ` +
        'president, Sela Tavita Ioane, who described how the committee watches the reef.',
    );
    expect(people.map((p) => p[0])).toContain('Sela Tavita Ioane');
    expect(people.find((p) => p[0] === 'Sela Tavita Ioane')?.[1]).toMatch(
      /^President of the Fatumalu/,
    );
  });
});

describe('a programme’s line of a ceremonial welcome by a chief named by his title', () => {
  it('reads the chief’s own name in brackets', () => {
    const names = met(
      `${ORIEL}Thursday 3 December – Falpeta district\nCeremonial welcome (kato'aga) by the ` +
        'district chief of Falpeta, Gagaj Manava (Semisi Fonmana Taito), and a visit to the ' +
        'Falpeta District School with its Principal, Mr Tevita Rasau.',
    );
    expect(names).toContain('Semisi Fonmana Taito');
    expect(names).toContain('Tevita Rasau');
  });

  it('reads the head of the school visited after it as that school’s', () => {
    expect(
      roles(
        `${ORIEL}Ceremonial welcome by the district chief of Falpeta, Mr Semisi Fonmana, and a ` +
          'visit to Falpeta District School with its Principal, Mr Tevita Rasau.',
      ),
    ).toContainEqual(['Tevita Rasau', 'Principal', 'Falpeta District School']);
  });
});

describe('those the visitor walks a place with, named after their titles', () => {
  it('reads a councillor named with her style and a chair named after a comma', () => {
    const names = met(
      `${ORIEL}On Warula, the Chief Executive walked the eroding foreshore with Councillor for ` +
        'Warula Cr Mina Tabuai-Kris and with the Chair of the Warula (Island People) ' +
        'Corporation, Mr Tomas Pewa Ahwang, who showed him where homes have been moved.',
    );
    expect(names).toContain('Mina Tabuai-Kris');
    expect(names).toContain('Tomas Pewa Ahwang');
    expect(names).not.toContain('Island People');
  });
});

describe('a body named with "and" after a meeting word (guard)', () => {
  it('reads no one in "the Museum and Art Gallery of X"', () => {
    expect(
      met(
        `${ORIEL}After a day of meetings with the Museum and Art Gallery of the Northern ` +
          'Province in Oriel, she flew to Tarn.',
      ),
    ).not.toContain('Art Gallery');
  });
});
