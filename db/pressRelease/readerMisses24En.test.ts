import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited Canada on 3 May 2026.';

describe('a Malay name after a bare title named in the next sentence, with a courtesy style', () => {
  it('reads "The Governor, Datuk A B binti C D, presented …" after "met the Governor of X."', () => {
    expect(
      roles(
        `${VISIT} He held talks with the Governor of the Central Bank. The Governor, Datuk Siti Aminah binti Abdul Razak, presented the framework.`,
      ),
    ).toEqual([['Siti Aminah binti Abdul Razak', 'Governor', 'Central Bank']]);
  });

  it('reads "The Minister, Dato\' Sri A bin Haji B, explained …"', () => {
    expect(
      met(
        `${VISIT} He then met the Minister of Works. The Minister, Dato' Sri Kamarul Hisham bin Haji Yusof, explained the plan.`,
      ),
    ).toEqual(['Kamarul Hisham bin Haji Yusof']);
  });

  it('reads "bte" as "binti": "the Chair of X, Noraini bte Ahmad"', () => {
    expect(met(`${VISIT} He met the Chair of the Port Authority, Noraini bte Ahmad.`)).toEqual([
      'Noraini bte Ahmad',
    ]);
  });
});

describe('Irish names with "Ó", "Ní", "Nic" or "Mac" as a word of their own', () => {
  it('reads "the Minister for Justice, Liam Ó Briain"', () => {
    expect(met(`${VISIT} He met the Minister for Justice, Liam Ó Briain.`)).toEqual([
      'Liam Ó Briain',
    ]);
  });

  it('reads "Seán Ó Fearghail, Minister for X, and Máire Nic Dhonnacha, Minister for Y"', () => {
    expect(
      roles(
        `${VISIT} He met Seán Ó Fearghail, Minister for Housing, and Máire Nic Dhonnacha, Minister for Health.`,
      ),
    ).toEqual([
      ['Seán Ó Fearghail', 'Minister for Housing', null],
      ['Máire Nic Dhonnacha', 'Minister for Health', null],
    ]);
  });

  it('reads "was received by Ruairí Mac Lochlainn, Chair of X" (passive)', () => {
    expect(
      met(`${VISIT} He was received by Ruairí Mac Lochlainn, Chair of the Education Committee.`),
    ).toEqual(['Ruairí Mac Lochlainn']);
  });
});

describe('a plural title shared by the names after it', () => {
  it('gives "Senators A B Ní C and D Ó E" each the singular "Senator"', () => {
    expect(roles(`${VISIT} He also met Senators Nóirín Ní Mhurchú and Colm Ó Dálaigh.`)).toEqual([
      ['Nóirín Ní Mhurchú', 'Senator', null],
      ['Colm Ó Dálaigh', 'Senator', null],
    ]);
  });

  it('gives "Deputy Ministers A B, C D and E F" each "Deputy Minister"', () => {
    expect(roles(`${VISIT} He met Deputy Ministers Karen Holt, Anna Berg and Peter Lind.`)).toEqual(
      [
        ['Karen Holt', 'Deputy Minister', null],
        ['Anna Berg', 'Deputy Minister', null],
        ['Peter Lind', 'Deputy Minister', null],
      ],
    );
  });
});

describe('Vietnamese names, family name first, with "Thị" or "Văn" and their diacritics', () => {
  it('reads "met with A Thị B C, Vice Minister of X, and D E F, Director of Y"', () => {
    expect(
      roles(
        `${VISIT} He met with Phạm Thị Thu Hà, Vice Minister of Finance, and Đặng Văn Lực, Director of the Tax Department.`,
      ),
    ).toEqual([
      ['Phạm Thị Thu Hà', 'Vice Minister of Finance', 'Ministry of Finance'],
      ['Đặng Văn Lực', 'Director', 'Tax Department'],
    ]);
  });

  it('reads a name of three words opening the next sentence before its title', () => {
    expect(
      met(
        `${VISIT} He met the Minister of Finance, Ngô Văn Tuấn. Đỗ Thị Lan, Director-General of the Trade Agency, proposed joint missions.`,
      ),
    ).toEqual(['Ngô Văn Tuấn', 'Đỗ Thị Lan']);
  });

  it('reads "A, B and C of the X" with names of three words, each of X', () => {
    expect(
      roles(
        `${VISIT} In the afternoon he met with Hồ Văn Tâm, Bùi Thị Hoa and Trần Minh Đức of the Chamber of Commerce and Industry (CCI), who presented their plans.`,
      ),
    ).toEqual([
      ['Hồ Văn Tâm', null, 'Chamber of Commerce and Industry'],
      ['Bùi Thị Hoa', null, 'Chamber of Commerce and Industry'],
      ['Trần Minh Đức', null, 'Chamber of Commerce and Industry'],
    ]);
  });

  it('reads a name of two words after a title: "the Governor, Lê Hùng"', () => {
    expect(met(`${VISIT} He was received by the Governor of the Province, Lê Hùng.`)).toEqual([
      'Lê Hùng',
    ]);
  });
});

describe('Mongolian names: an initial of one or two letters and one name', () => {
  it('reads a host list with ranks in brackets after "The X side was represented by"', () => {
    expect(
      roles(
        `${VISIT} He then held a meeting with the Standing Committee on Budget. The Canadian side was represented by Ts. Enkhbold (Chair), Ch. Gantulga (Vice-Chair) and T. Bayarmaa (Member).`,
      ),
    ).toEqual([
      ['Ts. Enkhbold', 'Chair', 'Standing Committee on Budget'],
      ['Ch. Gantulga', 'Vice-Chair', 'Standing Committee on Budget'],
      ['T. Bayarmaa', 'Member', 'Standing Committee on Budget'],
    ]);
  });

  it('reads "met the X side, represented by Ts. A and Kh. B-C"', () => {
    expect(
      met(`${VISIT} He met the Canadian side, represented by Ts. Enkhbold and Kh. Bat-Erdene.`),
    ).toEqual(['Ts. Enkhbold', 'Kh. Bat-Erdene']);
  });

  it('reads "met Sh. A, Minister of X" and "was received by the Mayor, Kh. B"', () => {
    expect(
      met(
        `${VISIT} He met Sh. Tsogtbaatar, Minister of Energy. He was received by the Mayor of the City, Kh. Nyambaatar.`,
      ),
    ).toEqual(['Sh. Tsogtbaatar', 'Kh. Nyambaatar']);
  });
});

describe('a body whose name ends in "Mechanism"', () => {
  it('reads no person in "… with whom he will co-chair the X–Y Political Consultation Mechanism"', () => {
    expect(
      met(
        `${VISIT} He was received by the Minister of Trade, Paul Martin, with whom he will co-chair the first meeting of the Canada–Chile Political Consultation Mechanism.`,
      ),
    ).toEqual(['Paul Martin']);
  });
});

describe('neighbouring shapes of the same traditions', () => {
  it('reads Mongolian initials in a list of one body, passive and after a title', () => {
    expect(
      roles(
        `${VISIT} He met with Ts. Davaasuren, Sh. Batbold and Kh. Narantsetseg of the Mongolian Chamber of Commerce. He was received by Ch. Otgonbayar, Minister of Mining. He met the Governor of the Province. The Governor, Ts. Ganbold, spoke about mining.`,
      ),
    ).toEqual([
      ['Ts. Davaasuren', null, 'Mongolian Chamber of Commerce'],
      ['Sh. Batbold', null, 'Mongolian Chamber of Commerce'],
      ['Kh. Narantsetseg', null, 'Mongolian Chamber of Commerce'],
      ['Ch. Otgonbayar', 'Minister of Mining', 'Ministry of Mining'],
      ['Ts. Ganbold', 'Governor of the Province', null],
    ]);
  });

  it('reads Vietnamese names of three and four words after a title, before one and in the next sentence', () => {
    expect(
      met(
        `${VISIT} He was received by the Deputy Prime Minister, Nguyễn Thị Bích Ngọc. He met Vice Minister Trần Văn Sơn and Director-General Lê Thị Mai. He called on the Chairman of the City Committee. The Chairman, Đặng Thị Thu Trang, spoke about the metro.`,
      ),
    ).toEqual(['Nguyễn Thị Bích Ngọc', 'Trần Văn Sơn', 'Lê Thị Mai', 'Đặng Thị Thu Trang']);
  });

  it('reads Vietnamese hosts named first who brief the delegation', () => {
    expect(
      roles(
        `${VISIT} Phạm Văn Long, Minister of Industry, and Bùi Thị Ngọc Ánh, Director of the Trade Agency, briefed the delegation.`,
      ),
    ).toEqual([
      ['Phạm Văn Long', 'Minister of Industry', 'Ministry of Industry'],
      ['Bùi Thị Ngọc Ánh', 'Director', 'Trade Agency'],
    ]);
  });

  it('reads Malay names with Haji, bin and binti after styles, in a list with "as well as"', () => {
    expect(
      met(
        `${VISIT} He met Tan Sri Ahmad Zaki bin Haji Yusof, Chairman of the Port, as well as Nurul Ain binti Osman, President of the University. He met the Mayor of the City, Haji Mohd Yusri bin Haji Abdullah.`,
      ),
    ).toEqual([
      'Ahmad Zaki bin Haji Yusof',
      'Nurul Ain binti Osman',
      'Mohd Yusri bin Haji Abdullah',
    ]);
  });

  it('reads Irish names with Mac, Nic, Uí and Ó in a list, after a rank and as a subject', () => {
    expect(
      met(
        `${VISIT} He met Seán Mac Gearailt and Áine Nic Aoidh of the Irish Chamber of Commerce. He met Deputy Síle Uí Bhriain, Chair of the Committee. He was received by the Taoiseach, Micheál Ó Conaill.`,
      ),
    ).toEqual(['Seán Mac Gearailt', 'Áine Nic Aoidh', 'Síle Uí Bhriain', 'Micheál Ó Conaill']);
  });
});
