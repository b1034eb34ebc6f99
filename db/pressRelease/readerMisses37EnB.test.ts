import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const MYANMAR =
  'The Director of the Fund, Pavel Norden, will visit the Republic of the Union of Myanmar on 7 December 2026.';
const LAOS =
  "The Director of the Fund, Pavel Norden, will visit the Lao People's Democratic Republic on 7 December 2026.";

describe('a Shan name that holds "Khun" after its first word', () => {
  it('reads "Khun" as a word of the name, not as the Thai style', () => {
    expect(
      met(
        `${MYANMAR} He will meet with Nang Mya Thida, Minister of Finance of Shan State, and Sai Khun Lin, Minister of Energy of Shan State, who will come to the capital.`,
      ),
    ).toEqual(['Nang Mya Thida', 'Sai Khun Lin']);
  });

  it('still leaves the Thai style out before a name', () => {
    expect(met(`${MYANMAR} He will meet with Khun Somchai Rattanakorn, Governor of Tak.`)).toEqual([
      'Somchai Rattanakorn',
    ]);
  });
});

describe('the people met in a clause about the place the visitor goes on to', () => {
  it('reads those met after "where she is scheduled to meet"', () => {
    expect(
      met(
        `${LAOS} In Vientiane he will be received by the Vice-Minister of Planning, Ms. Bounmy Keola, and will then fly to Muang Khoun, where he is scheduled to meet the Governor of Champasak Province, Mr. Chue Lee Yang, and the Director of the Provincial Department of Agriculture, Ms. Mai Neng Thao.`,
      ),
    ).toEqual(['Bounmy Keola', 'Chue Lee Yang', 'Mai Neng Thao']);
  });

  it('reads those met after "where he will call on"', () => {
    expect(
      met(
        `${LAOS} He will be received by the Minister of Health, Dr. Bounmy Keola, and will then travel to Pakse, where he will call on the Governor, Mr. Chue Lee Yang.`,
      ),
    ).toEqual(['Bounmy Keola', 'Chue Lee Yang']);
  });
});

const NORWAY =
  'The Head of the Nordic Secretariat, Kari Nordmann, travelled on 1 December 2026 to northern Norway.';

describe('a host named with "together with" after the one who receives the visitor', () => {
  it('reads both, a Sámi letter in the second name, the first of the body he is in', () => {
    expect(
      roles(
        `${NORWAY} In the afternoon she travelled to Karasjok, where she was received at the Sámi Parliament of Norway by its President, Ánte Mihkkal Gaup, together with Elle Sáŋŋa Turi, Chair of the Norwegian Sámi Youth Association.`,
      ),
    ).toEqual([
      ['Ánte Mihkkal Gaup', 'President', 'Sámi Parliament of Norway'],
      ['Elle Sáŋŋa Turi', 'Chair', 'Norwegian Sámi Youth Association'],
    ]);
  });

  it('leaves out the visitor\'s own people "together with his …"', () => {
    expect(
      met(
        `${NORWAY} She was received by the Governor, Ánte Mihkkal Gaup, together with her adviser, Elle Marit Turi.`,
      ),
    ).toEqual(['Ánte Mihkkal Gaup']);
  });
});

const TUNISIA =
  'The Minister for Foreign Affairs, Dr Paul Vella Spiteri, will visit Tunisia on 5 and 6 December 2026.';

describe('the styles of a clergyman: "His Eminence", "His Beatitude", "His Holiness"', () => {
  it('keeps the style out of the name, whose "Ben" keeps the given name', () => {
    expect(
      roles(
        `${TUNISIA} He will also meet His Eminence Sheikh Mohamed Ben Youssef, Rector of the Zitouna Mosque.`,
      ),
    ).toEqual([['Mohamed Ben Youssef', 'Rector of the Zitouna Mosque', null]]);
  });

  it('keeps the style out of the title before the name', () => {
    expect(
      roles(
        `${TUNISIA} He will call on His Eminence the Grand Mufti of the Republic of Tunisia, Sheikh Taher Ben Youssef.`,
      ),
    ).toEqual([['Taher Ben Youssef', 'Grand Mufti of the Republic of Tunisia', null]]);
  });

  it('reads a clergyman named by one name after his rank, his see in the title', () => {
    expect(
      roles(
        `${TUNISIA} He will call on the Minister of Culture, Amel Chaabane, and on His Eminence Metropolitan Ignatios of Carthage, whose community runs a school.`,
      ),
    ).toEqual([
      ['Amel Chaabane', 'Minister of Culture', 'Ministry of Culture'],
      ['Ignatios', 'Metropolitan of Carthage', null],
    ]);
    expect(met(`${TUNISIA} He was received by His Beatitude Patriarch Theodoros.`)).toEqual([
      'Theodoros',
    ]);
  });
});

const BOTSWANA =
  'The State Secretary of the Republic of Slovenia, Janez Novak, paid a working visit to the SADC Secretariat in Gaborone, Botswana, on 3 December 2026.';

describe('those who join a host, in a sentence of their own', () => {
  it('reads them as met, of the host body', () => {
    expect(
      roles(
        `${BOTSWANA} He was received by the SADC Executive Secretary, Dr. Amadou Lemba Sitoe. The Executive Secretary was joined by the Deputy Executive Secretary for Finance, Ms. Neo Masire, and by Farai Gumbo-Ndlovu, Director of Industry and Trade, who presented the programme.`,
      ),
    ).toEqual([
      ['Amadou Lemba Sitoe', 'Executive Secretary', 'SADC'],
      ['Neo Masire', 'Deputy Executive Secretary for Finance', 'SADC'],
      ['Farai Gumbo-Ndlovu', 'Director of Industry and Trade', 'SADC'],
    ]);
  });

  it('leaves out those who join the visitor', () => {
    expect(
      met(
        `${BOTSWANA} He was received by the SADC Executive Secretary, Dr. Amadou Lemba Sitoe. The State Secretary was joined by the Ambassador of Slovenia, Ms. Maja Kranjc.`,
      ),
    ).toEqual(['Amadou Lemba Sitoe']);
  });
});
