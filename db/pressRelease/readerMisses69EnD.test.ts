import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const HALDEN =
  'The President of the Halden Water Trust, Anna Weller, visited Ruritania from 1 to 4 December ' +
  '2026. ';

describe('a Hebrew name with "ben" or "bat" inside it, and the style "Rabbi"', () => {
  it('reads "Dr A bat B C" as one name of four words', () => {
    expect(
      roles(
        `${HALDEN}In the morning she was received at the Tarvo Library by its Director, Dr Miriam ` +
          'bat Ezra Kantorowicz, who showed her the workshop.',
      ),
    ).toEqual([['Miriam bat Ezra Kantorowicz', 'Director', 'Tarvo Library']]);
  });

  it('reads "Rabbi A ben B C" as the name after the style', () => {
    expect(
      roles(
        `${HALDEN}Ms Weller then met Rabbi Yehuda ben Arye Lindenfeld, head of the Tarvo ` +
          'Institute, which trains scribes.',
      ),
    ).toEqual([['Yehuda ben Arye Lindenfeld', 'head', 'Tarvo Institute']]);
  });

  it('still reads a double surname opening with "Ben-" (guard)', () => {
    expect(met(`${HALDEN}Ms Weller met the Deputy Mayor of Tarvo, Shira Ben-Dov.`)).toEqual([
      'Shira Ben-Dov',
    ]);
  });
});

describe('the styles "Madam", "Nana" and "the Most Reverend" before a name', () => {
  it('reads "whose founder, Madam A B C" without the style', () => {
    expect(
      met(
        `${HALDEN}She will spend the afternoon with the Tarvo Farmers' Union, whose founder, ` +
          'Madam Abena Sika Darko, will show the visitor the farms.',
      ),
    ).toEqual(['Abena Sika Darko']);
  });

  it('reads "Nana" before an Akan day name as a chief\'s style', () => {
    expect(
      roles(
        `${HALDEN}At Tarvo she will be received by the Ohene (town chief) of Tarvo, Nana Kofi ` +
          'Amoako Boadu, and the elders of the town.',
      ),
    ).toEqual([['Kofi Amoako Boadu', 'Ohene of Tarvo', null]]);
  });

  it('keeps "Nana" before a woman\'s day name as her given name', () => {
    expect(
      met(`${HALDEN}She met the Minister for Trade, Nana Yaa Ofosu-Tetteh, on cocoa prices.`),
    ).toEqual(['Nana Yaa Ofosu-Tetteh']);
  });

  it('keeps "Nana" before other names as a given name (guard)', () => {
    expect(met(`${HALDEN}She met Nana Ampofo Darko, chair of the Tarvo Trust.`)).toEqual([
      'Nana Ampofo Darko',
    ]);
  });

  it('reads "the Most Reverend A B C, Bishop of X" as one met', () => {
    expect(
      roles(
        `${HALDEN}She will meet the chair of the Tarvo Trust, Rangi Kōhatu, and the Most ` +
          'Reverend Wiremu Tūhoe Kāretu, Bishop of Te Waka, who leads a programme of home visits.',
      ),
    ).toContainEqual(['Wiremu Tūhoe Kāretu', 'Bishop of Te Waka', null]);
  });
});

describe('a bare office held in the body the visitors went to', () => {
  it('reads "will go to the X Institute of Y at Z, where the Director, A B" as its director', () => {
    expect(
      roles(
        `${HALDEN}On Thursday the delegation will go to the Tarvo Research Institute of Ruritania ` +
          'at Bomsa, where the Director, Dr Ama Serwaa Kuffour, will present a survey.',
      ),
    ).toEqual([['Ama Serwaa Kuffour', 'Director', 'Tarvo Research Institute of Ruritania']]);
  });

  it('leaves a town the visitors went to as no body (guard)', () => {
    expect(
      roles(
        `${HALDEN}On Thursday the delegation went to Bomsa, where the Director, Dr Ama Serwaa ` +
          'Kuffour, presented a survey.',
      ),
    ).toEqual([['Ama Serwaa Kuffour', 'Director', null]]);
  });
});

describe('an Icelandic name with a middle given name', () => {
  it('reads "…; and A B C, chair of X" whole, its title in small letters', () => {
    expect(
      roles(
        `${HALDEN}She met Sigrún Hjaltadóttir, Director of the Tarvo Institute; Dr Anna Björk ` +
          'Einarsdóttir, chief scientist at the Institute; and Einar Logi Sveinsson, chair of the ' +
          "Tarvo Owners' Association, who joined the session.",
      ),
    ).toContainEqual(['Einar Logi Sveinsson', 'chair', "Tarvo Owners' Association"]);
  });

  it('keeps the given name said alone later in the name set off after the title', () => {
    expect(
      met(
        `${HALDEN}Dr Weller flew to Bomsa, whose Mayor, Hákon Örn Brynjarsson, took her to the ` +
          'harbour. Hákon told her that the young stay when the fishery is stable.',
      ),
    ).toEqual(['Hákon Örn Brynjarsson']);
  });

  it('reads the mayor after "whose" as the mayor of the town named before', () => {
    expect(
      roles(
        `${HALDEN}On Wednesday Dr Weller flew to Bomsa in the Westfjords, whose Mayor, Hákon ` +
          'Örn Brynjarsson, took her to the harbour.',
      ),
    ).toEqual([['Hákon Örn Brynjarsson', 'Mayor of Bomsa', null]]);
  });

  it('still reads a district after a title with no comma as no name (guard)', () => {
    expect(
      met(
        `${HALDEN}She met Deputy Commissioner Varda Tirsha Kalvan Morope. Varda is a quiet town.`,
      ),
    ).toEqual(['Tirsha Kalvan Morope']);
  });

  it('reads no one in a point of the compass and an ocean', () => {
    expect(
      met(
        `${HALDEN}She made a working visit, meeting the scientists who depend on the advice the ` +
          'Council gives on North Atlantic stocks.',
      ),
    ).toEqual([]);
  });
});

describe('Scottish Gaelic names and bodies', () => {
  it('reads "MacIll" with a capital after it and a body with "nan" inside it', () => {
    expect(
      roles(
        `${HALDEN}The last day was spent in Bomsa, where Ms Weller met the Leader of Comhairle ` +
          'nan Tìre Tuath, Councillor Calum MacIllDuibh, and visited the museum.',
      ),
    ).toEqual([['Calum MacIllDuibh', 'Leader', 'Comhairle nan Tìre Tuath']]);
  });

  it('reads no one in a body of three words after "the Principal of", described after it', () => {
    expect(
      met(
        `${HALDEN}On Sunday evening the Principal of Tarvo Mòr Bomsa, the Gaelic college on the ` +
          'isle, Professor Seumas MacDhòmhnaill, hosted a dinner in her honour at the college.',
      ),
    ).toEqual(['Seumas MacDhòmhnaill']);
  });

  it('leaves what the body is, set off after its name, out of the title', () => {
    expect(
      roles(
        `${HALDEN}On Sunday evening the Principal of Tarvo Mòr Bomsa, the Gaelic college on the ` +
          'isle, Professor Seumas MacDhòmhnaill, hosted a dinner in her honour at the college.',
      ),
    ).toEqual([['Seumas MacDhòmhnaill', 'Principal of Tarvo Mòr Bomsa', null]]);
  });

  it('still reads "Mac" and "Nic" names with one capital inside (guard)', () => {
    expect(
      met(`${HALDEN}Ms Weller met the Leader of the Tarvo Council, Councillor Ian MacLeod.`),
    ).toEqual(['Ian MacLeod']);
  });
});

describe('the last of a list of people met, joined by "and" after a comma or a semicolon', () => {
  it('reads a name of four words with a particle whole, its title after it', () => {
    expect(
      met(
        `${HALDEN}She will meet Tomas Veller, Minister of Fisheries; Anna Brek, Governor of the ` +
          "Central Bank; and Lucia D'Orsano Di Varra, Director General of the Treasury.",
      ),
    ).toContain("Lucia D'Orsano Di Varra");
  });

  it('reads two given names and two surnames whole after ", and"', () => {
    expect(
      met(
        `${HALDEN}She will meet Tomas Veller, Minister of Fisheries, and Marta Elena Sorri ` +
          'Castell, Director General of the Treasury.',
      ),
    ).toContain('Marta Elena Sorri Castell');
  });
});
