import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const PACIFIC =
  'The Secretary-General of the Pacific Ocean Forum, Anna Weller, will visit Guam and Palau from 7 to 9 December 2026. ';

describe('Pacific styles and chiefly titles before a name', () => {
  it('reads the Chamorro "Tun" and the I-Kiribati "Nei" as styles, no part of the name', () => {
    expect(
      roles(
        `${PACIFIC}She will meet the President of the Apra Growers' Association, Tun Marco Santos Quitugua, on harvests. She will then meet the Minister for Health, Nei Kabwea Tabwi Ioane, on clinics.`,
      ),
    ).toEqual([
      ['Marco Santos Quitugua', 'President', "Apra Growers' Association"],
      ['Kabwea Tabwi Ioane', 'Minister for Health', null],
    ]);
  });

  it('keeps "Tun" in a Burmese name', () => {
    expect(
      met(
        `${PACIFIC}She will meet U Tun Aung Kyaw, Minister of Planning, and Tun Tun Oo, Director of Energy.`,
      ),
    ).toEqual(['Tun Aung Kyaw', 'Tun Tun Oo']);
  });

  it('leaves a Palauan chiefly title out of the name', () => {
    expect(
      met(
        `${PACIFIC}She will call on the paramount chief of Melekeok, High Chief Reklai Tomas Ongelungel Remengesau, on the reefs.`,
      ),
    ).toEqual(['Tomas Ongelungel Remengesau']);
  });

  it('reads the Chamorro name of a legislature as a body, not a person', () => {
    expect(
      roles(
        `${PACIFIC}She will meet the Speaker of I Liheslaturan Guåhan, Senator Pedro Flores Castro, on the budget.`,
      ),
    ).toEqual([['Pedro Flores Castro', 'Speaker', 'I Liheslaturan Guåhan']]);
  });

  it('reads the Kiribati President\'s title "Te Beretitenti" as no person', () => {
    expect(
      roles(
        `${PACIFIC}She will call on Te Beretitenti, the President of Kiribati, Tekau Bwere Tiim, on schools.`,
      ),
    ).toEqual([['Tekau Bwere Tiim', 'President of Kiribati', null]]);
  });

  it('reads the Tuvaluan "Pule Kaupule" of an island council as a title and its body', () => {
    expect(
      roles(
        `${PACIFIC}Her programme will also include talks with the Minister of Works, Sione Pita Lotoala, and a meeting with the Pule Kaupule of the Nukulaelae Kaupule, Sela Tavita Lotoala, on the land.`,
      ),
    ).toEqual([
      ['Sione Pita Lotoala', 'Minister of Works', 'Ministry of Works'],
      ['Sela Tavita Lotoala', 'Pule Kaupule', 'Nukulaelae Kaupule'],
    ]);
  });
});

describe('whoever leads or guides a visit of a place', () => {
  it('reads him as met', () => {
    expect(
      roles(
        `${PACIFIC}On 8 December she will visit the harbour wall. The site visit will be led by the Mayor of the Apra Town Council, Kaiea Ioteba Tenanoa, who will explain the works.`,
      ),
    ).toEqual([['Kaiea Ioteba Tenanoa', 'Mayor', 'Apra Town Council']]);
  });
});

const NAMIBIA =
  'The Chief Executive Officer of the Southern Bank, Lerato Mokoena-Dube, concluded a working visit to Namibia on Wednesday. ';

describe('an advocate\'s "Adv." and a host named by his title\'s head', () => {
  it('reads those who join "the Minister", the Minister of X, as met', () => {
    expect(
      roles(
        `${NAMIBIA}The visit focused on energy and water projects that the bank finances. Ms Mokoena-Dube went to the Ministry of Works in Windhoek. Selma Ndinelao Haufiku, Minister of Works, received the CEO. The Minister was joined by the Executive Director of the Ministry of Works, Adv. Pieter Jansen van Vuuren.`,
      ),
    ).toEqual([
      ['Selma Ndinelao Haufiku', 'Minister of Works', 'Ministry of Works'],
      ['Pieter Jansen van Vuuren', 'Executive Director', 'Ministry of Works'],
    ]);
  });
});

describe('a host named after his title who opens a sentence', () => {
  it("reads one who presents his body's plans as met", () => {
    expect(
      roles(
        `${NAMIBIA}On Wednesday it was received by the Governor of the Oshikoto Region, Petrus Nghinamundova Shilongo. The Chief Executive Officer of Oshakati Town Council, Selma Ndinelao Haufiku, presented the town's plans for serviced land.`,
      ),
    ).toEqual([
      ['Petrus Nghinamundova Shilongo', 'Governor of the Oshikoto Region', null],
      ['Selma Ndinelao Haufiku', 'Chief Executive Officer', 'Oshakati Town Council'],
    ]);
  });

  it('reads one who joins the meeting as met', () => {
    expect(
      met(
        'The Director-General of the Law Institute, Maria Lindqvist, visited Jordan from 1 to 3 December 2026. The Chief Justice, Omar Fayez Nasser, received her in Amman. The Minister of Justice, Dalia Kamal Shraideh, joined the meeting.',
      ),
    ).toEqual(['Omar Fayez Nasser', 'Dalia Kamal Shraideh']);
  });
});

describe('"Judge" before a name', () => {
  it('is a title, no part of the name', () => {
    expect(
      met(
        'The Director-General of the Law Institute, Maria Lindqvist, visited Iraq from 1 to 3 December 2026. In Baghdad, she was received by the President of the Federal Court, Judge Karim Salim al-Hilli.',
      ),
    ).toEqual(['Karim Salim al-Hilli']);
  });
});
