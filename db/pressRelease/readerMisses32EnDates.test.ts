import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

describe('a visit told as the week of a date, its days told after', () => {
  const release = (week: string, days = 'on Monday and Tuesday', later = 'on 10 and 11 December') =>
    `NORDIC TIMBER COUNCIL\n\nOSLO, 3 December 2026\n\nCouncil Director to visit Chile and Peru\n\nThe Council announced today that its Director, Ms. Ingrid Solberg, will lead a mission to Chile and Peru ${week}.\n\nIn Santiago ${days}, Ms. Solberg will call on the Minister of Agriculture, Tomás Errázuriz Vial, and will visit a sawmill on Tuesday afternoon.\n\nThe mission will then travel to Lima, where ${later} it will hold talks with the Minister of Production, Rosa Quispe Huamán.`;

  it('ends "during the week of 7 December" on the last day told after it', () => {
    expect(visitOf(release('during the week of 7 December'))).toEqual({
      country: 'CL',
      start: '2026-12-07',
      end: '2026-12-11',
    });
  });

  it('reads weekdays told after "the week beginning 14 December" in that week', () => {
    expect(
      visitOf(
        release('in the week beginning 14 December', 'on Monday', 'on Wednesday and Thursday'),
      ),
    ).toEqual({ country: 'CL', start: '2026-12-14', end: '2026-12-17' });
  });

  it('reads "in the week of December 14" with weekdays alone after it', () => {
    expect(visitOf(release('in the week of December 14', 'on Tuesday', 'on Friday'))).toEqual({
      country: 'CL',
      start: '2026-12-15',
      end: '2026-12-18',
    });
  });

  it("takes the week's working days when no day of it is told", () => {
    expect(
      visitOf(
        `NORDIC TIMBER COUNCIL\n\nOSLO, 3 December 2026\n\nThe Director of the Council, Ms. Ingrid Solberg, will visit Chile during the week of 14 December to meet the Minister of Agriculture, Tomás Errázuriz Vial.`,
      ),
    ).toEqual({ country: 'CL', start: '2026-12-14', end: '2026-12-18' });
  });
});

describe('a visit told as the weekend', () => {
  const release = (dateline: string, told: string) =>
    `CENTRAL AMERICAN PORTS COMMISSION\n\nPRESS RELEASE\n\nPanama City, ${dateline}\n\nCommission Secretary in Guatemala\n\nThe Secretary General of the Central American Ports Commission, Dr. Luis Arosemena Tapia, ${told}\n\nIn Guatemala City the Secretary General met the Minister of Communications, Héctor Ajú Tzul.`;

  it('reads "over the weekend" before a Monday dateline, and "this morning" as the dateline\'s day', () => {
    expect(
      visitOf(
        release(
          'Monday 7 December 2026',
          'held consultations in Guatemala City over the weekend, and arrived in Quetzaltenango this morning.',
        ),
      ),
    ).toEqual({ country: 'GT', start: '2026-12-05', end: '2026-12-07' });
  });

  it('reads "over the weekend" with a Sunday dateline as that weekend', () => {
    expect(
      visitOf(
        release('Sunday 6 December 2026', 'held consultations in Guatemala City over the weekend.'),
      ),
    ).toEqual({ country: 'GT', start: '2026-12-05', end: '2026-12-06' });
  });

  it('reads "last weekend" with a Tuesday dateline', () => {
    expect(
      visitOf(release('Tuesday 8 December 2026', 'visited Guatemala City last weekend.')),
    ).toEqual({ country: 'GT', start: '2026-12-05', end: '2026-12-06' });
  });

  it('reads "this weekend" told as still to come', () => {
    expect(
      visitOf(release('Thursday 3 December 2026', 'will visit Guatemala City this weekend.')),
    ).toEqual({ country: 'GT', start: '2026-12-05', end: '2026-12-06' });
  });
});

describe('an office over a field, held in a body named after it', () => {
  const VISIT =
    'The Director General of the Fund, Pavel Norden, visited Kenya on 3 May 2026. In Nakuru he met the Vice-Chancellor of Egerton Agricultural University, Prof. Wanjiru Kamau.';

  it('reads "Director of Research of the University" as the office of the university named before', () => {
    expect(
      roles(`${VISIT} He also met Dr. Otieno Mwangi, Director of Research of the University.`).at(
        -1,
      ),
    ).toEqual(['Otieno Mwangi', 'Director of Research', 'Egerton Agricultural University']);
  });

  it('reads "Dean of Studies of the University of X"', () => {
    expect(
      roles(
        'The Director General of the Fund, Pavel Norden, visited Kenya on 3 May 2026. He met Dr. Achieng Odhiambo, Dean of Studies of the University of Nairobi.',
      ),
    ).toEqual([['Achieng Odhiambo', 'Dean of Studies', 'University of Nairobi']]);
  });
});

describe('a title before the name and its body after it', () => {
  const VISIT = 'The Director General of the Fund, Pavel Norden, visited Kenya on 3 May 2026.';

  it('reads "Governor A B of the Central Bank of X" as the governor of that bank', () => {
    expect(
      roles(
        `${VISIT} In Nairobi he held talks with the Cabinet Secretary for the Treasury, Njeri Wambui, and with Governor Kiprono Langat of the Central Bank of Kenya.`,
      ),
    ).toEqual([
      ['Njeri Wambui', 'Cabinet Secretary for the Treasury', null],
      ['Kiprono Langat', 'Governor', 'Central Bank of Kenya'],
    ]);
  });

  it('reads "Director-General A B of the X Authority" alone', () => {
    expect(
      roles(`${VISIT} He met Director-General Amina Chebet of the Kenya Ports Authority.`),
    ).toEqual([['Amina Chebet', 'Director-General', 'Kenya Ports Authority']]);
  });

  it('leaves "President A B of Kenya" to the country', () => {
    expect(roles(`${VISIT} He called on President Daniel Kiptoo of Kenya.`)).toEqual([
      ['Daniel Kiptoo', 'President', null],
    ]);
  });
});

describe("a body's short name before the title", () => {
  const VISIT =
    'The Deputy Governor of the Reserve Bank of Fiji, Dr. Litia Naivalu, visited the Central Bank of Kenya (CBK) on 3 May 2026.';

  it('reads "CBK Deputy Governor (Markets and Reserves)" and "CBK Chief Data Officer" as offices of CBK, named in full before', () => {
    expect(
      roles(
        `${VISIT} She held discussions with CBK Deputy Governor (Markets and Reserves) Mrs. Wairimu Njoroge and CBK Chief Data Officer Mr. Otieno Kamau.`,
      ),
    ).toEqual([
      ['Wairimu Njoroge', 'Deputy Governor (Markets and Reserves)', 'Central Bank of Kenya'],
      ['Otieno Kamau', 'Chief Data Officer', 'Central Bank of Kenya'],
    ]);
  });

  it('reads a chief officer met by title and named in the next sentence', () => {
    expect(
      roles(
        `${VISIT} She also met the Chief Technology Officer of CBK. The Chief Technology Officer, Mr. Baraka Odhiambo, demonstrated the payments sandbox.`,
      ),
    ).toEqual([['Baraka Odhiambo', 'Chief Technology Officer', 'Central Bank of Kenya']]);
  });

  it('leaves a country\'s short name in the title: "UK Trade Envoy"', () => {
    expect(roles(`${VISIT} She met UK Trade Envoy Mr. Oliver Pembroke-Hale.`)).toEqual([
      ['Oliver Pembroke-Hale', 'UK Trade Envoy', null],
    ]);
  });
});

describe("Bhutanese place words after a place's name", () => {
  const VISIT =
    'The Executive Director of the Mountain Forum, Ms. Ingrid Solberg, will visit Bhutan from 7 to 10 December 2026.';

  it('reads "Samdrup Jongkhar Dzongkhag" as no person, and the Dzongdag named in the next sentence', () => {
    expect(
      met(
        `${VISIT} In the east she will call on the Dzongdag of Samdrup Jongkhar Dzongkhag. The Dzongdag, Pema Choden, will present the district's flood defences.`,
      ),
    ).toEqual(['Pema Choden']);
  });

  it('reads the district the Dzongdag heads as his body', () => {
    expect(
      roles(
        `${VISIT} In the east she will call on the Dzongdag of Samdrup Jongkhar Dzongkhag. The Dzongdag, Pema Choden, will present the district's flood defences.`,
      ),
    ).toEqual([['Pema Choden', 'Dzongdag', 'Samdrup Jongkhar Dzongkhag']]);
  });

  it('reads "Gewog", "Dzong" and "Thromde" as place words', () => {
    expect(
      met(
        `${VISIT} She will meet Sonam Wangchuk of Chhubu Gewog, and Tashi Dorji, Thrompon of Gelephu Thromde, at Punakha Dzong.`,
      ),
    ).toEqual(['Sonam Wangchuk', 'Tashi Dorji']);
  });
});
