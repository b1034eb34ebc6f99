import { describe, expect, it } from 'vitest';
import { extractDraft } from './extractDraft.js';
import { met, roles } from '../test/peopleMet.js';

describe('a dateline of a town in a state of the United States written short', () => {
  it('takes "Lakeview, Md. — November 30, 2026" as the dateline, not the visit’s day', () => {
    const visit = extractDraft(
      'LAKEVIEW, Md. — November 30, 2026\n\nThe President of the Lantern Trust, Anna Weller, ' +
        'visits Ruritania this week. The visit runs from Tuesday, December 1, to Thursday, ' +
        'December 3.',
    ).visit;
    expect([visit.start_date, visit.end_date]).toEqual(['2026-12-01', '2026-12-03']);
  });

  it('places the visit in the country it went to, not in the state of the dateline', () => {
    const visit = extractDraft(
      'LAKEVIEW, Calif. — November 30, 2026\n\nThe President of the Lantern Trust, Anna Weller, ' +
        'will visit Fiji from December 1 to December 3, local time — Monday evening to ' +
        'Wednesday evening in Washington.',
    ).visit;
    expect(visit.places[0]?.country).toBe('FJ');
  });
});

describe('a country whose common name is written with its form of state after it', () => {
  it('reads "the Federated States of Micronesia" as that country', () => {
    const visit = extractDraft(
      'The President of the Lantern Trust, Anna Weller, will pay a visit to the Federated ' +
        'States of Micronesia from 1 to 3 December 2026.',
    ).visit;
    expect(visit.places[0]?.country).toBe('FM');
  });

  it('places a trip "travels this week to" that country there, not in the dateline’s city', () => {
    const visit = extractDraft(
      'LAKEVIEW, Va. — November 30, 2026\n\nThe President of the Lantern Trust, Anna Weller, ' +
        'travels this week to the Federated States of Micronesia for her first visit to the ' +
        'islands. The visit runs from Tuesday, December 1, to Thursday, December 3, local time ' +
        '— Monday evening to Wednesday evening in Washington.',
    ).visit;
    expect(visit.places[0]?.country).toBe('FM');
  });
});

describe('a province named by its country’s adjective', () => {
  it('places a trip to "the Philippine province of X" in the Philippines', () => {
    const visit = extractDraft(
      'LOS ANGELES, December 2, 2026\n\nLantern Trust director to visit the Rice Terraces of ' +
        'the Philippine Highlands\n\nDr. Anna Weller, Director of the Lantern Trust, will ' +
        'travel to the Philippine province of Banlao on December 7 to 10 to review a project.',
    ).visit;
    expect(visit.places[0]?.country).toBe('PH');
    expect([visit.start_date, visit.end_date]).toEqual(['2026-12-07', '2026-12-10']);
  });
});

describe('a national society of the Red Cross after its country’s adjective', () => {
  it('reads "the Philippine Red Cross" as no one met (guard)', () => {
    expect(
      met(
        'The President of the Lantern Trust, Anna Weller, visited the Philippines from 1 to 4 ' +
          'December 2026. There she is to meet the Mayor of Banlao City, Rosa Dimalanta, and ' +
          'to inspect the new school buildings, financed through UNICEF and the Philippine Red ' +
          'Cross.',
      ),
    ).toEqual(['Rosa Dimalanta']);
  });
});

describe('a host told again by the style before his name, joined by another', () => {
  it('meets whoever joins "the Granman" met as "Granman A B"', () => {
    expect(
      met(
        'The President of the Lantern Trust, Anna Weller, visited Suriname from 28 November to ' +
          '1 December 2026. The high point of the trip was an audience with His Excellency ' +
          'Granman Tobias Mensoe, paramount chief of the Koroka people, at his residence in ' +
          'Lambadoe on Monday. The Granman was joined by Head Captain (hoofdkapitein) Rita ' +
          'Amoesi, who leads the council of captains of the upper river villages.',
      ),
    ).toContain('Rita Amoesi');
  });
});

const TOKA =
  'The President of the Lantern Trust, Anna Weller, visited Zambia from 30 November to 3 ' +
  'December 2026. ';

describe('a traditional host named first, his office told in small letters after the name', () => {
  it('meets one who received the visitors, "There A B C, the traditional prime minister of X"', () => {
    expect(
      met(
        `${TOKA}There Kalonde Mbuto Sakwe, the traditional prime minister of the Toka Royal ` +
          'Council, received the visitors at the court.',
      ),
    ).toContain('Kalonde Mbuto Sakwe');
  });
});

describe('an induna, a chief’s councillor in southern Africa, named after his title', () => {
  it('meets a senior induna who hosted a meeting', () => {
    expect(
      roles(
        `${TOKA}Senior Induna Mbuto Kaleya Sakwe of the Toka Court hosted a meeting with ` +
          'village headmen on grazing rights.',
      ),
    ).toContainEqual(['Mbuto Kaleya Sakwe', 'Senior Induna', 'Toka Court']);
  });
});

describe('a local title the release uses alone with "the", before a name', () => {
  it('leaves the title out of the name of the one it styles', () => {
    const names = met(
      `${TOKA}There Ngwalo Kalonde Mbuto Sakwe, the traditional prime minister of the Toka ` +
        'Royal Council, received the visitors at the court. The Ngwalo recalled that the ' +
        'first game reserve on the plain was proclaimed a century ago.',
    );
    expect(names).toContain('Kalonde Mbuto Sakwe');
    expect(names).not.toContain('Mbuto Sakwe');
  });

  it('keeps a name whole whose first word the release never uses with "the" (guard)', () => {
    expect(
      met(
        `${TOKA}There Chanda Kalonde Mbuto Sakwe, the traditional prime minister of the Toka ` +
          'Royal Council, received the visitors at the court. The council recalled the old days.',
      ),
    ).not.toContain('Kalonde Mbuto Sakwe');
  });
});

describe('a priest named first with his office in small letters', () => {
  it('meets a parish priest styled "Father" who showed the visitors a church', () => {
    expect(
      roles(
        `${TOKA}Father Teodor Mavraj, parish priest of the Church of St Elias in Vrana, showed ` +
          'the visitors the frescoes restored in recent years.',
      ).map((r) => r[0]),
    ).toContain('Teodor Mavraj');
  });
});

describe('an agreement signed with someone', () => {
  it('meets the one "the agreement was signed with"', () => {
    expect(
      roles(
        `${TOKA}On 3 December the agreement was signed with Nima Tashi Sherpa, Chairperson of ` +
          'the Vrana Conservation Council, in the village hall.',
      ),
    ).toContainEqual(['Nima Tashi Sherpa', 'Chairperson', 'Vrana Conservation Council']);
  });
});

describe('the Filipino head of a barangay, "Punong Barangay"', () => {
  it('reads it as a title before the name, not as a name', () => {
    const people = roles(
      'The President of the Lantern Trust, Anna Weller, will visit the Philippines from 7 to 10 ' +
        'December 2026. The last stop will be Banlao, where Punong Barangay of Tinoc Roberto ' +
        'Bahatan Dulnuan and Engr. Marco T. Lumaping, Irrigation Officer of the Banlao Water ' +
        'Board, will show the visitors the terraces.',
    );
    expect(people.map((p) => p[0])).not.toContain('Punong Barangay');
    expect(people).toContainEqual(['Roberto Bahatan Dulnuan', 'Punong Barangay of Tinoc', null]);
  });
});

describe('a host the visitors walk a place with, named with the title after the name', () => {
  it('meets one they "will walk the terraces with"', () => {
    expect(
      met(
        `${TOKA}In Banlao the team will walk the upper terraces with Rosa Dimalanta Bahatan, ` +
          'Chairperson of the Banlao Terraces Movement, an organization that trains young people.',
      ),
    ).toContain('Rosa Dimalanta Bahatan');
  });
});

describe('a host the visitors walk with, after another who welcomed them', () => {
  it('meets both the one who welcomed them and the one they walk with', () => {
    const names = met(
      `${TOKA}In Banlao the team will be welcomed by Mayor of Banlao Pedro Dulnuan Lagawa, and ` +
        'will walk the upper terraces with Rosa Dimalanta Bahatan, Chairperson of the Banlao ' +
        'Terraces Movement, an organization that trains young people.',
    );
    expect(names).toContain('Pedro Dulnuan Lagawa');
    expect(names).toContain('Rosa Dimalanta Bahatan');
  });
});

describe('a head named after his office, who discusses with others', () => {
  it('meets "the head of X, Kaptein A B, and community members discussed …"', () => {
    const people = roles(
      'The President of the Lantern Trust, Anna Weller, visited Namibia from 30 November to 3 ' +
        'December 2026. On Wednesday in Tsaobis (ǃKhaiǀgams) the head of the Tsaobis ' +
        'Traditional Authority, Kaptein Petrus ǃGaroeb, and community members discussed the ' +
        'elephants that move through the gardens.',
    );
    expect(people.map((p) => p[0])).toContain('Petrus ǃGaroeb');
  });
});
