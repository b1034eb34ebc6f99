import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';
import { visitOf } from '../test/visitFacts.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited the Philippines on 3 May 2026.';

describe('Filipino names: "Ma.", "dela", "delos", a nickname in quotes, "Jr."', () => {
  it('reads "dela" and "delos" as particles inside a name', () => {
    expect(
      met(
        `${VISIT} He met Ms. Corazon dela Pena-Ruiz, Chair of the Senate Committee on Health, and Mr. Antonio delos Santos, Mayor of Iloilo City.`,
      ),
    ).toEqual(['Corazon dela Pena-Ruiz', 'Antonio delos Santos']);
  });

  it('keeps "Ma." opening a name after the styles "Sen.", "Rep." and "Gov."', () => {
    expect(
      met(
        `${VISIT} He met Sen. Ma. Lorna dela Paz-Ocampo, Chair of the Senate Committee on Labor, and Rep. Felipe R. Villanueva-Go, Chair of the House Committee on Trade. He then met Gov. Ramon Esguerra Lacson, Governor of Bohol.`,
      ),
    ).toEqual(['Ma. Lorna dela Paz-Ocampo', 'Felipe R. Villanueva-Go', 'Ramon Esguerra Lacson']);
  });

  it('keeps "Ma." inside a name before a particle', () => {
    expect(
      met(
        `${VISIT} He called on the Secretary of Trade. The Secretary, Luis Ma. delos Santos, briefed him on the tariff talks.`,
      ),
    ).toEqual(['Luis Ma. delos Santos']);
  });

  it('keeps a nickname in quotes inside a name, and "Jr." after it', () => {
    expect(
      met(
        `${VISIT} He was received by the Mayor of Davao City, Hon. Fernando "Nanding" Buenaventura Jr. The two discussed the port. He also met Hon. Ma. Cristina "Tina" Legaspi-Ong, Governor of the Province of Leyte.`,
      ),
    ).toEqual(['Fernando "Nanding" Buenaventura Jr.', 'Ma. Cristina "Tina" Legaspi-Ong']);
  });
});

describe('the Latin words of a title are no name', () => {
  it('reads "President Pro Tempore" after a name as its title', () => {
    expect(
      roles(
        `${VISIT} He met Sen. Ramon Esguerra Lacson, President Pro Tempore of the Senate, and Ms. Ana Ruiz Tolentino, Director of the Budget Office.`,
      ).map(([name]) => name),
    ).toEqual(['Ramon Esguerra Lacson', 'Ana Ruiz Tolentino']);
  });
});

describe('months written short with a full stop, in a dateline on its own line and in the text', () => {
  it('reads "Oct. 28" to "Nov. 1" and the dateline "Suva, Fiji – Nov. 3, 2026"', () => {
    expect(
      visitOf(
        'PACIFIC FORUM FISHERIES AGENCY\nNews\n\nSuva, Fiji – Nov. 3, 2026\n\nThe Director General of the Agency, Ms. Mere Tuilagi-Rasova, was in Canada from Oct. 28 to Nov. 1 for talks with the Government.\n\nOn Oct. 29 she met Ms. Claire Dubois-Martin, Deputy Minister of Fisheries.',
      ),
    ).toEqual({ country: 'CA', start: '2026-10-28', end: '2026-11-01' });
  });

  it('reads "Sept." and "Aug." before a day', () => {
    expect(
      visitOf(
        'Honiara, Solomon Islands – Sept. 9, 2026\n\nThe Secretary General of the Forum, Mr. Peni Vaka, visited Japan from Aug. 31 to Sept. 4, 2026.',
      ),
    ).toEqual({ country: 'JP', start: '2026-08-31', end: '2026-09-04' });
  });
});

describe('the British styles "Sir", "Dame" and a peer\'s "Lord"', () => {
  it('leaves "Sir" and "Dame" out of the name and out of the title', () => {
    expect(
      roles(
        `${VISIT} He met Dame Harriet Ogilvie-Strand, Chair of the Ocean Committee, and later Sir Duncan MacCrimmon. He was then briefed by the Director of the Marine Institute, Professor Sir Edmund Ashcombe, on tides.`,
      ),
    ).toEqual([
      ['Harriet Ogilvie-Strand', 'Chair', 'Ocean Committee'],
      ['Duncan MacCrimmon', null, null],
      ['Edmund Ashcombe', 'Director', 'Marine Institute'],
    ]);
  });

  it('keeps "Lord" in the name of a British peer or a Tongan noble named by one word', () => {
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited the United Kingdom on 3 May 2026. He was received by the Minister of State for Africa, Lord Tremaine, who confirmed the grant.',
      ),
    ).toEqual(['Lord Tremaine']);
    expect(
      met(
        'The Director of the Fund, Pavel Norden, visited Tonga on 3 May 2026. He was received by the Minister of Lands, Lord Vaipulu, who confirmed the grant.',
      ),
    ).toEqual(['Lord Vaipulu']);
  });

  it('reads "received at" a body whose name lists its fields, then "by" the one met', () => {
    expect(
      met(
        `${VISIT} He was received at the Ministry of Agriculture, Forestry and Fisheries by the Vice Minister, Mr. Kenji Moriyama, who presented the plan.`,
      ),
    ).toEqual(['Kenji Moriyama']);
  });
});

describe('long Sri Lankan names of five words after a rank set off by commas', () => {
  it('reads the whole name after "Lt. Gen. (Rtd)", "Maj. Gen. (Retd.)" and "Rear Admiral"', () => {
    expect(
      met(
        `${VISIT} He was received by the Secretary to the Ministry of Ports, Lt. Gen. (Rtd) Herath Mudiyanselage Sunil Priyantha Senanayake, with whom he discussed the harbour. He also met the Chief of Staff, Maj. Gen. (Retd.) Rajapakse Arachchige Nimal Chandana Perera, on training. The Commander, Rear Admiral Kuruppu Arachchige Lasantha Prasad Jayasinghe, showed the delegation the harbour.`,
      ),
    ).toEqual([
      'Herath Mudiyanselage Sunil Priyantha Senanayake',
      'Rajapakse Arachchige Nimal Chandana Perera',
      'Kuruppu Arachchige Lasantha Prasad Jayasinghe',
    ]);
  });
});

describe('Somali names: a whole name in capitals, "Sheikh" inside a name', () => {
  it('reads a whole name of three or four words in capitals, set off by commas or after "H.E."', () => {
    expect(
      met(
        `${VISIT} He was welcomed by the Minister of Health, H.E. HALIMO ABDIRAHMAN JAMA. He was then received by the Speaker of the House of the People, MUSE ABDULLAHI FARAH, who thanked him. He also met Mr. Ali Omar Farah, Director of the NATIONAL ENERGY AGENCY.`,
      ),
    ).toEqual(['HALIMO ABDIRAHMAN JAMA', 'MUSE ABDULLAHI FARAH', 'Ali Omar Farah']);
  });

  it('keeps "Sheikh" after the first word of a name', () => {
    expect(
      met(
        `${VISIT} He met the Rector of the University, Prof. Yusuf Sheikh Omar Dirie, and the Minister of Health, Mr. Hassan Sheikh Mohamud Ali.`,
      ),
    ).toEqual(['Yusuf Sheikh Omar Dirie', 'Hassan Sheikh Mohamud Ali']);
  });
});

describe('a Nepali surname of two initials written together, "K.C."', () => {
  it('reads "K.C." as the last word of a name, spaced initials before a surname as before', () => {
    expect(
      met(
        `${VISIT} He will call on the Minister for Water Supply. The Minister, Hari Prasad K.C., is expected to present the plan. He will then meet Sita Kumari K.C., Chairperson of the Federation of Water Users, and Mr. B.P. Koirala, Secretary of the Ministry.`,
      ),
    ).toEqual(['Hari Prasad K.C.', 'Sita Kumari K.C.', 'B.P. Koirala']);
  });
});

describe('a weekday after "this", told as to come', () => {
  it('reads "this Thursday" as the next Thursday after the day of issue', () => {
    expect(
      visitOf(
        'Tokyo, 30 November 2026\n\nThe Director General of the Centre, Dr. Hana Sato, will leave for Hanoi this Thursday for a visit to Viet Nam that will end on Saturday, 5 December.',
      ),
    ).toEqual({ country: 'VN', start: '2026-12-03', end: '2026-12-05' });
  });
});
