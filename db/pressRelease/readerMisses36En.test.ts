import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const DENMARK = 'The Director of the Fund, Pavel Norden, visited Denmark on 3 May 2026.';

describe('the Faroese "við", "á" and "í" between a given name and the family name', () => {
  it('reads the whole name after a title set off by commas', () => {
    expect(
      met(
        `${DENMARK} He was received by the Prime Minister, Jákup á Dul Poulsen, and met the Minister of Health, Guðrun í Gerðum Jacobsen.`,
      ),
    ).toEqual(['Jákup á Dul Poulsen', 'Guðrun í Gerðum Jacobsen']);
  });

  it('reads it before a title, and "við" as "á" is read', () => {
    expect(
      met(
        `${DENMARK} He met Óli við Rein Hansen, Director of the Port, and Bára á Lakjuni Olsen, Mayor of Klaksvík.`,
      ),
    ).toEqual(['Óli við Rein Hansen', 'Bára á Lakjuni Olsen']);
  });
});

const INDIA = 'The Director of the Fund, Pavel Norden, visited India on 3 May 2026.';

describe('a host named first who will present or brief, in a release of a visit planned', () => {
  it('reads "A B, Title, will present …", the name of initials and one word after "Thiru"', () => {
    expect(
      met(
        `${INDIA} Thiru M. Anbazhagan, Director of Fisheries, will present the harbour plans. K. Murugan, Chairman of the Port Trust, will brief the visitors on the port.`,
      ),
    ).toEqual(['M. Anbazhagan', 'K. Murugan']);
  });

  it('reads a list whose titles have the body set off after them', () => {
    expect(
      met(
        `${INDIA} Thiru V. Senthil Kumaran, Director of Sericulture and Silk, Government of Karnataka, and Tmt. P. Kalaiselvi, Deputy Director, Kerala Coir Institute, will present the value chains.`,
      ),
    ).toEqual(['V. Senthil Kumaran', 'P. Kalaiselvi']);
  });

  it('reads a list whose first is named after the title, with words of place before', () => {
    expect(
      met(
        `${INDIA} From the North-East, the Director (Fisheries), Government of Tripura, Lalthanpuia Sailo, and Dr. Imtiwapang Jamir, Secretary (Planning), Government of Nagaland, will present the plans.`,
      ),
    ).toEqual(['Lalthanpuia Sailo', 'Imtiwapang Jamir']);
  });
});

const UGANDA = 'The Director of the Fund, Pavel Norden, visited Uganda on 3 May 2026.';

describe('a host named after the title who will brief the visitors or co-chairs a session', () => {
  it('reads "The Title of X, A B, will brief the visitors", "will welcome the delegation"', () => {
    expect(
      met(
        `${INDIA} The Director (Quality) of the Coffee Board, Dr. Thomas D'Souza, will brief the visitors on testing. Its Rector, Anil Menon, will welcome the delegation.`,
      ),
    ).toEqual(["Thomas D'Souza", 'Anil Menon']);
  });

  it('reads "The Title of X, A B Jr., will co-chair the session"', () => {
    expect(
      roles(
        `${UGANDA} On Tuesday the Fund will hold a session for exporters. The Managing Director of the Kampala Export Bank, Moses Kato Ssenyonga Jr., will co-chair the session.`,
      ),
    ).toEqual([['Moses Kato Ssenyonga Jr.', 'Managing Director', 'Kampala Export Bank']]);
  });

  it('reads "co-chaired a joint meeting", "Sr." after the name', () => {
    expect(
      met(
        `${UGANDA} The Chair of the Uganda Coffee Authority, Grace Namutebi Sr., co-chaired a joint meeting.`,
      ),
    ).toEqual(['Grace Namutebi Sr.']);
  });
});

const JAPAN = 'The Director of the Fund, Pavel Norden, visited Japan on 3 May 2026.';

describe('a guard or a service of a country is a body, not a person', () => {
  it('reads no one in "the Japan Coast Guard"', () => {
    expect(
      met(
        `${JAPAN} He was received by the Chief Hydrographer, Sato Kenji, at the Department of the Japan Coast Guard.`,
      ),
    ).toEqual(['Sato Kenji']);
  });

  it('takes "Border Guard", "National Guard" as the body of a title', () => {
    expect(
      roles(
        `${JAPAN} He met the Commander of the Japan Border Guard, Sato Kenji, and the Head of the Ohio National Guard, Mia Long.`,
      ),
    ).toEqual([
      ['Sato Kenji', 'Commander', 'Japan Border Guard'],
      ['Mia Long', 'Head', 'Ohio National Guard'],
    ]);
  });
});

describe('a body set off by commas after the title named after a name', () => {
  it('takes the body for a title that names none', () => {
    expect(
      roles(
        `${INDIA} Thiru V. Senthil Kumaran, Director of Sericulture and Silk, Government of Karnataka, and Tmt. P. Kalaiselvi, Joint Director, Kerala Coir Institute, will present the value chains.`,
      ),
    ).toEqual([
      ['V. Senthil Kumaran', 'Director of Sericulture and Silk', 'Government of Karnataka'],
      ['P. Kalaiselvi', 'Joint Director', 'Kerala Coir Institute'],
    ]);
  });

  it('ends the title before "and" and an initial opening the next name', () => {
    expect(
      roles(
        `${INDIA} He met Tmt. R. Devika, Deputy Director, Kerala Coir Institute, and K. Murugan, Minister of Ports.`,
      ),
    ).toEqual([
      ['R. Devika', 'Deputy Director', 'Kerala Coir Institute'],
      ['K. Murugan', 'Minister of Ports', 'Ministry of Ports'],
    ]);
  });

  it('leaves a title whose parts a list joins whole', () => {
    expect(
      roles(
        `${INDIA} He met Ravi Rao, Minister of Trade, Industry and Tourism, and Sam Menon, Head of Operations, Kerala Tourism Institute.`,
      ),
    ).toEqual([
      ['Ravi Rao', 'Minister of Trade, Industry and Tourism', null],
      ['Sam Menon', 'Head of Operations', 'Kerala Tourism Institute'],
    ]);
  });
});

describe('a chief executive of a company named after "of"', () => {
  it('parts "Chief Executive of X" into the title and the company', () => {
    expect(
      roles(
        `${DENMARK} He met Pipaluk Berthelsen, Chief Executive of Tele-Post, and the Chief Executive of Greenland Ports, Ane Lynge.`,
      ),
    ).toEqual([
      ['Pipaluk Berthelsen', 'Chief Executive', 'Tele-Post'],
      ['Ane Lynge', 'Chief Executive', 'Greenland Ports'],
    ]);
  });
});

describe('a host named first with what the body is set off after the title', () => {
  it('reads "A B, Title of X, the national … company, will present …"', () => {
    expect(
      roles(
        `${DENMARK} Óli á Rein Poulsen, Director of Atlantic Fish, a Faroese salmon farmer, presented the farm. Bjarni Joensen, Chief Executive of Smyril, the national ferry company, will present the new route.`,
      ),
    ).toEqual([
      ['Óli á Rein Poulsen', 'Director of Atlantic Fish', null],
      ['Bjarni Joensen', 'Chief Executive', 'Smyril'],
    ]);
  });
});
