import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const LEAD =
  'Vienna, 4 December 2026\n\nThe President of the Grain Fund, Ola Brandt, will visit Ruritania ' +
  'on December 14–16, 2026.\n\n';

describe('a programme written one item a line by the clock', () => {
  it('reads each clock line as an item of its own, full stop or none', () => {
    expect(
      roles(
        `${LEAD}The programme in Strelsau on Monday, December 14, is as follows:\n\n` +
          '09:30 Meeting with the Minister of Agriculture of Ruritania, Tomas Varga Holm\n' +
          "11:00 Round table with members of the National Farmers' Council, chaired by its " +
          'chairperson, Dr. Lena Aho Kask\n' +
          "15:00 Briefing by the Fund's Country Director, Piet Laar, at the country office",
      ).map(([name]) => name),
    ).toEqual(['Tomas Varga Holm', 'Lena Aho Kask']);
  });

  it('leaves a date opening a line no clock time (guard)', () => {
    expect(
      met(
        `${LEAD}On 15 December the President will meet the Governor of Strelsau, Karel Dvorsky\n` +
          '15.12.2026 is the day of the signing.',
      ),
    ).toEqual(['Karel Dvorsky']);
  });
});

describe('the head of a body the visitor visits and then meets', () => {
  it('files "visit the X Company and meet its managing director, A B" under that company', () => {
    expect(
      roles(
        `${LEAD}He will then visit the Strelsau Dairy Producer Company and meet its managing ` +
          'director, Marta Olen Vask, whose members now sell cheese abroad.',
      ),
    ).toEqual([['Marta Olen Vask', 'Managing Director', 'Strelsau Dairy Producer Company']]);
  });
});

describe('a quoted host who signs with the visitor', () => {
  it('is met though the quotation holds an "and"', () => {
    expect(
      roles(
        `${LEAD}"We will show the President that our farms and mills are ready," said Irina ` +
          'Pavlovna Lomova, head of the Strelsau Millers Federation, who will sign the grain ' +
          'agreement with Ms Brandt on Tuesday.',
      ),
    ).toEqual([['Irina Pavlovna Lomova', 'head', 'Strelsau Millers Federation']]);
  });

  it('still reads two sides that sign, named outside a quotation (guard)', () => {
    expect(
      met(
        `${LEAD}Ms Brandt and the Minister of Agriculture, Tomas Varga Holm, will sign an ` +
          'agreement on grain stores.',
      ),
    ).toEqual(['Tomas Varga Holm']);
  });
});

const PK =
  'The President of the Northern Heritage Fund, Anna Berg, was in Pakistan from 17 to 20 ' +
  'November.\n\n';

describe('hosts of a heritage visit in Pakistan', () => {
  it('meets one walked with, "who is both" two offices, his style "Mian" left out', () => {
    expect(
      roles(
        `${PK}In Lahore, Ms Berg walked the old bazaar with Mian Tariq Aziz Butt, who is both ` +
          'Director General and Chief Engineer of the Old City Works Authority.',
      ),
    ).toEqual([
      ['Tariq Aziz Butt', 'Director General and Chief Engineer', 'Old City Works Authority'],
    ]);
  });

  it('meets the one the visitor is introduced to, not the one who introduces her', () => {
    expect(
      met(
        `${PK}NHF's Pakistan project officer, Sana Iqbal, then introduced the President to ` +
          'Begum Rukhsana Bano Malik, founder of the Sialkot Weavers Trust.',
      ),
    ).toEqual(['Rukhsana Bano Malik']);
  });

  it('meets the custodian of a shrine who showed the visitor round it', () => {
    expect(
      met(
        `${PK}On 19 November she flew to Multan and visited the shrine of Shah Yusuf, where ` +
          'the custodian of the shrine, Syed Kamal Hassan Bukhari, showed her the old brickwork.',
      ),
    ).toEqual(['Syed Kamal Hassan Bukhari']);
  });

  it("keeps the officer of a body whose initials are not the visitor's body's (guard)", () => {
    expect(
      met(
        `${PK}PTA's regional officer, Sana Iqbal, then introduced the President to Begum ` +
          'Rukhsana Bano Malik, founder of the Sialkot Weavers Trust.',
      ),
    ).toEqual(['Rukhsana Bano Malik', 'Sana Iqbal']);
  });
});

describe('hosts met at home and sat with', () => {
  const SCOT =
    'The Chief Executive of the Irish Language Board, Aine Walsh, was in Scotland from 28 ' +
    'November to 1 December.\n\n';

  it('meets a couple at home, "Mr and Mrs X" named each between dashes', () => {
    expect(
      roles(
        `${SCOT}On Monday the delegation visited a croft near Uig, where Mr and Mrs MacLeòid — ` +
          'Tormod MacLeòid and his wife, Peigi NicLeòid — explained how they kept Gaelic at home.',
      ),
    ).toEqual([
      ['Tormod MacLeòid', null, null],
      ['Peigi NicLeòid', null, null],
    ]);
  });

  it('meets one the visitor sat with, named with the body she heads', () => {
    expect(
      roles(
        'The Executive Director of the Rice Relief Fund, Paul Weber, visited Myanmar from 1 to ' +
          '3 December.\n\nOn the last day, in the village of Tazin, he sat with Daw Khin Hla ' +
          "Myint, head of the village farmers' group, who told him about the harvest.",
      ),
    ).toEqual([['Khin Hla Myint', 'head', "village farmers' group"]]);
  });

  it('meets no one the visitor sat with who holds no office (guard)', () => {
    expect(
      met(
        'The Executive Director of the Rice Relief Fund, Paul Weber, visited Myanmar from 1 to ' +
          '3 December.\n\nOn the last day he sat with Daw Khin Hla Myint, a farmer, in her ' +
          'kitchen.',
      ),
    ).toEqual([]);
  });
});
