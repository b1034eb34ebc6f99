import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited Canada on 3 May 2026.';

describe('particles inside East African and Arabic names written small or capitalised', () => {
  it('keeps the Kalenjin "arap" inside a name, and reads the name after it whole', () => {
    expect(
      met(
        `${VISIT} In Eldoret he was received by the Cabinet Secretary for Lands, Housing and Urban Development, Hon. David Kiptoo arap Korir. He also met Mr. Samuel Kibet Arap Langat, Governor of Bomet County.`,
      ),
    ).toEqual(['David Kiptoo arap Korir', 'Samuel Kibet Arap Langat']);
  });

  it('does not count a capitalised "Bin", "Bint" or "Ibn" towards a name\'s length', () => {
    expect(
      met(
        `${VISIT} He met Mr. Hamdan Bin Rashid Al Falasi and later Ms. Aisha Bint Khalid Suwaidi. He then met Dr. Faisal Ibn Saud Harbi.`,
      ),
    ).toEqual([
      'Hamdan Bin Rashid Al Falasi',
      'Aisha Bint Khalid Suwaidi',
      'Faisal Ibn Saud Harbi',
    ]);
  });
});

describe("the last words of a body's name are never a person", () => {
  it('leaves "Community", "Alliance" and the words before them out of the names', () => {
    expect(
      met(
        `${VISIT} He met Ms. Agnes Wairimu Kamau, Principal Secretary of the State Department for East African Community, and Mr. Ochieng Odera Okoth, Chief Executive Officer of the Kenya Private Sector Alliance.`,
      ),
    ).toEqual(['Agnes Wairimu Kamau', 'Ochieng Odera Okoth']);
  });

  it('does the same for a coalition, a partnership, a consortium and an initiative', () => {
    expect(
      met(
        `${VISIT} He met Mr. Brian Mugisha Okello, Chair of the Uganda Farmers Coalition, Ms. Rose Atim Akello, Director of the Nile Basin Water Partnership, and Mr. John Kato Ssali, Head of the Lake Victoria Fisheries Consortium.`,
      ),
    ).toEqual(['Brian Mugisha Okello', 'Rose Atim Akello', 'John Kato Ssali']);
  });
});

describe('a title met unnamed, whose name comes a sentence or a clause later', () => {
  it('reads the name after a sentence about the meeting that names no one', () => {
    expect(
      roles(
        `${VISIT} She then held talks with the Minister for Lands. The meeting reviewed the arrears and the status of the border posts at Busia and Lwakhakha. Hon. Samuel Kato Wasswa assured the Director that the arrears would be cleared.`,
      ),
    ).toEqual([['Samuel Kato Wasswa', 'Minister for Lands', null]]);
  });

  it('reads the name of a title met at the end of a sentence that met someone else', () => {
    expect(
      met(
        `${VISIT} On Tuesday he will travel to Sharjah to meet H.E. Sheikh Saif bin Hamad Al Qasimi, Chairman of the Sharjah Ports Authority, and will then call on the Director General of the Gulf Water Centre. The Director General, Dr. Umm Salama Rashid Al Marri, is expected to present the work of the Centre.`,
      ),
    ).toEqual(['Saif bin Hamad Al Qasimi', 'Umm Salama Rashid Al Marri']);
  });

  it('does so after "and then met" too, for a name that opens with "Abu"', () => {
    expect(
      met(
        `${VISIT} He met Mr. Karim Nasser Haddad, Governor of the Central Bank, and then called on the President of the Gulf Energy Forum. The President, Eng. Abu Bakr Salem Al Hajri, briefed him on the Forum.`,
      ),
    ).toEqual(['Karim Nasser Haddad', 'Abu Bakr Salem Al Hajri']);
  });
});

describe('South Asian names of four or five words and given names written short', () => {
  it('reads a name of four words after "Shri" and "Smt." set off by a comma before its title', () => {
    expect(
      roles(
        `${VISIT} He called on Shri Rajendra Kumar Venkata Rao, Secretary, Ministry of Mines, who welcomed him, and held meetings with Smt. Lakshmi Devi Nair Pillai, Joint Secretary, Ministry of Coal.`,
      ).map(([name]) => name),
    ).toEqual(['Rajendra Kumar Venkata Rao', 'Lakshmi Devi Nair Pillai']);
  });

  it('reads a Sri Lankan name of five words after "Mr." and one after a meeting word', () => {
    expect(
      met(
        `${VISIT} He met Mr. Herath Mudiyanselage Sunil Kumara Bandara, Secretary of the Ministry of Fisheries. He also called on Wijesinghe Arachchige Nimal Perera, Director General of the Coast Conservation Department.`,
      ),
    ).toEqual(['Herath Mudiyanselage Sunil Kumara Bandara', 'Wijesinghe Arachchige Nimal Perera']);
  });

  it('keeps "Md.", "Mohd." and "Muhd." as the opening of the name', () => {
    expect(
      met(
        `${VISIT} He then met Md. Rafiqul Alam Sarker, Secretary of the Ministry of Mines. He also met Mohd. Azlan Hafiz Ismail, Director of the Port Authority, and Muhd. Khairul Anwar Salleh, Chairman of the Fisheries Board.`,
      ),
    ).toEqual([
      'Md. Rafiqul Alam Sarker',
      'Mohd. Azlan Hafiz Ismail',
      'Muhd. Khairul Anwar Salleh',
    ]);
  });

  it('reads a name in capitals after "and with" in a list of meetings with a South Asian name', () => {
    expect(
      met(
        `${VISIT} On the sidelines of the Forum, the Director held bilateral meetings with Smt. Kavitha Rao Subramanian, Additional Secretary, Ministry of Jal Shakti, and with TANAKA Hiroshi, Senior Vice-President of the Japan Bank for International Cooperation (JBIC).`,
      ),
    ).toEqual(['Kavitha Rao Subramanian', 'TANAKA Hiroshi']);
  });
});

describe('Central European family names in capitals with their marks', () => {
  it('reads a name after a video conference held from a city', () => {
    expect(
      met(
        `${VISIT} He will also hold a video conference from Warsaw with the State Secretary of the Ministry of Economy of the Slovak Republic, Ms Jana KRÁLOVÁ, on the forum. He will hold a video call from Prague with Mr Tomasz ŁUKASZEWSKI, Deputy Minister of Energy.`,
      ),
    ).toEqual(['Jana KRÁLOVÁ', 'Tomasz ŁUKASZEWSKI']);
  });

  it('reads capitals with Ř, Ő, Ș and Ț', () => {
    expect(
      met(
        `${VISIT} He met the Deputy Minister of Industry, Ms Jana ŘEZNÍČKOVÁ, and the State Secretary for Energy, Mr Gábor SZŐKE. He also met Mr Ion POPEȘCU, Secretary General of the Ministry of Transport, and Ms Ana ȚURCANU, President of the Port Authority.`,
      ),
    ).toEqual(['Jana ŘEZNÍČKOVÁ', 'Gábor SZŐKE', 'Ion POPEȘCU', 'Ana ȚURCANU']);
  });
});

describe('a list of people met after a colon, its items ended by semicolons', () => {
  it('reads names with a middle initial and ranks written short', () => {
    expect(
      met(
        `${VISIT}\n\nThe delegation also held meetings with:\nthe Cabinet Secretary for Water, Sanitation and the Blue Economy, Hon. Naomi W. Achieng;\nthe Principal Secretary, State Department for Trade, Amb. Alice Chelagat Rotich; and\nthe Director General of the Kenya Ports Authority, Capt. Juma S. Hamisi.\n\nOn Friday he left for Mombasa.`,
      ),
    ).toEqual(['Naomi W. Achieng', 'Alice Chelagat Rotich', 'Juma S. Hamisi']);
  });

  it("leaves the item before a semicolon out of the next one's title", () => {
    expect(
      roles(
        `${VISIT}\n\nThe delegation also held meetings with:\nthe Minister of Health, Hon. Mary W. Wanjiku;\nthe Principal Secretary for Trade, Amb. Alice Chelagat Rotich; and\nthe Director General of the Kenya Ports Authority, Capt. Juma S. Hamisi.`,
      ).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Mary W. Wanjiku', 'Minister of Health'],
      ['Alice Chelagat Rotich', 'Principal Secretary for Trade'],
      ['Juma S. Hamisi', 'Director General'],
    ]);
  });

  it('reads such a list after "met with:" with military ranks written short', () => {
    expect(
      met(
        `${VISIT}\n\nThe Director also met with:\nthe Chief of Defence Forces, Gen. Robert K. Mutua;\nthe Commander of the Navy, Maj. Gen. Paul Otieno Were; and\nthe Commandant of the Coast Guard, Col. Esther N. Wambui.`,
      ),
    ).toEqual(['Robert K. Mutua', 'Paul Otieno Were', 'Esther N. Wambui']);
  });
});
