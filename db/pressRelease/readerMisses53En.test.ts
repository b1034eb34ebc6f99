import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const TARNA =
  'The Lantern Institute will host a delegation from the Republic of Orsland on 7 and 8 ' +
  'December 2026. ';

describe('Austrian and German academic degrees written short before a name', () => {
  it('leaves "Mag." out of the name of the one who receives the visitors', () => {
    expect(
      roles(
        `${TARNA}In Velden it will be received by Mag. Stefan Pölzl-Hadrer, Director-General ` +
          'for Trade at the Federal Ministry of Commerce.',
      ),
    ).toContainEqual([
      'Stefan Pölzl-Hadrer',
      'Director-General for Trade',
      'Federal Ministry of Commerce',
    ]);
  });

  it('leaves "Univ.-Prof." out of the title before the name', () => {
    expect(
      roles(
        `${TARNA}On Monday the delegation will be welcomed at the castle by Institute Rector ` +
          'Univ.-Prof. Dr. Hanna Grubmüller-Feist.',
      ),
    ).toContainEqual(['Hanna Grubmüller-Feist', 'Rector', 'Lantern Institute']);
  });

  it('leaves "Dipl.-Ing." out of the title of one named before it', () => {
    expect(
      roles(
        `${TARNA}The delegation will then meet Dipl.-Ing. Dr. Ulrike Brandl, Program Director ` +
          'for Water.',
      ),
    ).toContainEqual(['Ulrike Brandl', 'Program Director for Water', null]);
  });
});

describe('a place described between "welcomed at" and "by"', () => {
  it('reads the one named after "by" as met', () => {
    expect(
      met(
        `${TARNA}On Monday the delegation will be welcomed at Schloss Vellberg, the Institute’s ` +
          'home and once a summer residence of Duke Anton Ferdinand, by Director General Dr. ' +
          'Hanna Grubmüller-Feist.',
      ),
    ).toContain('Hanna Grubmüller-Feist');
  });
});

const NDOVU =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a French family name elided after "d’" at the end of a name', () => {
  it('keeps "d’Orsay" in the minister’s name', () => {
    expect(
      met(
        `${NDOVU}On Monday in Kivu she was received by the Minister of Agriculture, Hon. ` +
          "Uwimana Claire d'Orsay.",
      ),
    ).toContain("Uwimana Claire d'Orsay");
  });

  it('reads no name in a chargé d’affaires’ title or a country’s name (guard)', () => {
    expect(
      met(
        `${NDOVU}She met the Chargé d'Affaires, Jean Tallot, and the Minister of Trade of ` +
          "Côte d'Ivoire, Paul Kossa.",
      ),
    ).toEqual(['Jean Tallot', 'Paul Kossa']);
  });
});

describe('a plural that owns the word after it in a body’s name', () => {
  it('reads no name in "Fruit Growers’ Unions"', () => {
    expect(
      met(
        `${NDOVU}Tessa Ormond, President of the Federation of Fruit Growers' Unions, will ` +
          'then brief her on the farms.',
      ),
    ).toEqual(['Tessa Ormond']);
  });
});

describe('an office in small letters of a place named before the name', () => {
  it('reads one the visitor meets, named after the office repeated as a style', () => {
    expect(
      met(
        `${NDOVU}On Wednesday she visited the Tarak community, where she held a conversation ` +
          'with the lonko of the community, lonko Ramiro Quelen Antupil, on land.',
      ),
    ).toContain('Ramiro Quelen Antupil');
  });

  it('reads one named after the chief of the village', () => {
    expect(met(`${NDOVU}On Wednesday she met the chief of the village, Ramiro Quelen.`)).toContain(
      'Ramiro Quelen',
    );
  });

  it('reads one named after a chief of a named district', () => {
    expect(
      met(
        `${NDOVU}On Sunday the delegation presented a coutume to the Grand Chief of the Tavra ` +
          'district, Ewan Tokal Xemeo, at the chiefdom of Hnora.',
      ),
    ).toContain('Ewan Tokal Xemeo');
  });
});

describe('hosts who act for the visitor', () => {
  it('reads two hosts named in the clause of a village who will show it', () => {
    const names = met(
      `${NDOVU}On the last day she will visit a Tarsi village at Kolmora, where the Chief ` +
        'Executive Member of the Tarsi Autonomous Council, Mr Dilip Rongo Pait, and the village ' +
        'head (gaonbura), Mrs Lina Pesur, will show the stilt houses built to withstand the flood.',
    );
    expect(names).toContain('Dilip Rongo Pait');
    expect(names).toContain('Lina Pesur');
  });

  it('reads one who accepts what is handed over on behalf of a body', () => {
    expect(
      roles(
        `${NDOVU}A training room was handed over to the university. The Registrar of Tarnow ` +
          'University, Daw Khin Lay Nwe, accepted the equipment on behalf of the Rector.',
      ),
    ).toContainEqual(['Khin Lay Nwe', 'Registrar', 'Tarnow University']);
  });
});

describe('a host’s executive director who joins the host', () => {
  it('reads him as met, not as the visitor', () => {
    expect(
      met(
        'The Ministry of Fisheries wishes to inform the public that the Director General of the ' +
          'Lantern Trust, Dr Anna Weller, has concluded a visit to Ruritania that started on ' +
          '25 November 2026. In Tarn, Dr Weller paid a courtesy call on the Minister of ' +
          'Fisheries, Hon. Meri Tandeka Hauwanga. The Minister was joined by the Executive ' +
          'Director of the Ministry, Mr Tomas Ileni Shikongo, who presented the fisheries plan.',
      ),
    ).toContain('Tomas Ileni Shikongo');
  });
});

describe('a host who leads the visitors’ walk', () => {
  const opening =
    `${NDOVU}In Tarn she met the Minister of Forests, Hon. Isa Kanu. On Tuesday the ` +
    'delegation travelled east to Kolo. There it was received by the Mayor, Brima Sesay. ';

  it('reads one named after a title and the body’s tie to the visitor as met', () => {
    expect(
      roles(
        `${opening}The Executive Director of the Forest Society of Ruritania, Lantern's national ` +
          'Partner, Mrs Mariatu Kpaka Lamin, led the walk into the forest on Wednesday morning.',
      ),
    ).toContainEqual(['Mariatu Kpaka Lamin', 'Executive Director', 'Forest Society of Ruritania']);
  });

  it('reads one named after a title alone as met', () => {
    expect(
      met(
        `${opening}The Director of the Forest Society, Mariatu Kpaka Lamin, will lead the ` +
          'walk into the forest.',
      ),
    ).toContain('Mariatu Kpaka Lamin');
  });
});

describe('a Surinamese family name joined by "A"', () => {
  it('keeps "Lie A Kwie" whole in a list of those met', () => {
    expect(
      met(
        `${NDOVU}On 24 November she met with Anand Pertab, Celia dos Santos and Frits Lie A ` +
          'Kwie of the Tarn Trade Association.',
      ),
    ).toEqual(['Anand Pertab', 'Celia dos Santos', 'Frits Lie A Kwie']);
  });

  it('reads a lone "A" inside a title as no name (guard)', () => {
    expect(roles(`${NDOVU}She met the Head of Pier A Port, Tomas Harkin.`)).toContainEqual([
      'Tomas Harkin',
      'Head of Pier A Port',
      null,
    ]);
  });
});

describe('a host who hands the visitor something', () => {
  it('reads one who presented to her the draft law as met', () => {
    expect(
      roles(
        `${NDOVU}The Attorney General and Minister of Legal Affairs, Roger A. Bastien Jr., ` +
          'presented to her the draft model legislation on firearms.',
      ),
    ).toContainEqual([
      'Roger A. Bastien Jr.',
      'Attorney General and Minister of Legal Affairs',
      'Ministry of Legal Affairs',
    ]);
  });
});

describe('a place named after a person, or a county’s name, is no one met', () => {
  it('reads no one in a shipyard named after a man', () => {
    expect(
      met(
        `${NDOVU}She also met Tomo Lukic, Director of the Port of Tarn Authority, and visited ` +
          'the Ivan Horvat shipyard before departing in the evening.',
      ),
    ).toEqual(['Tomo Lukic']);
  });

  it('reads no one in a county’s name of three words after a title', () => {
    expect(
      met(
        `${NDOVU}In the afternoon she called on the Prefect of Lika-Senj Kotar County. The ` +
          'Prefect, Niko Radic, presented the county’s plans.',
      ),
    ).not.toContain('Kotar County');
  });
});

describe('a call by telephone after those met in the same sentence', () => {
  it('reads no one spoken to by telephone as met', () => {
    expect(
      met(
        `${NDOVU}She later had a working lunch with Hendrika van Dijk, Director for Climate at ` +
          'the Department of Rural Affairs, and spoke by telephone with the Special ' +
          'Representative for Climate, Sir Nigel Hawes-Shaw, who was travelling.',
      ),
    ).toEqual(['Hendrika van Dijk']);
  });
});

describe('the visitor named as a side of the talks in a release of the host', () => {
  it('reads the host met and not the visitor', () => {
    const names = met(
      'Tarn, 4 December 2026\n\nMINISTRY OF FOREIGN AFFAIRS OF RURITANIA\n\nThe Deputy Prime ' +
        'Minister and Minister of Foreign Affairs of Orsland, Vo Minh Khang, paid an official ' +
        'visit to Ruritania on Tuesday and Wednesday at the invitation of the Foreign Minister, ' +
        'Davor Kovac.\n\nThe guest arrived early on Tuesday. After the ceremony, Minister Kovac ' +
        'and Deputy Prime Minister Vo Minh Khang held talks at the Ministry.\n',
    );
    expect(names).toContain('Davor Kovac');
    expect(names).not.toContain('Vo Minh Khang');
  });
});
