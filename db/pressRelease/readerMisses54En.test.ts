import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('the Akan style of a chief before his stool name and its number', () => {
  it('leaves "Nana" out of a name that ends in a regnal number', () => {
    const names = met(
      `${ORIEL}At the palace she paid a courtesy call on Nana Kwabena Ofori Mensa III, Omanhene ` +
        'of Asuboa, and the elders of the traditional area.',
    );
    expect(names).toContain('Kwabena Ofori Mensa III');
    expect(names).not.toContain('Nana Kwabena Ofori Mensa III');
  });

  it('reads the title after the name, not the style', () => {
    expect(
      roles(
        `${ORIEL}At the palace she paid a courtesy call on Nana Kwabena Ofori Mensa III, ` +
          'Omanhene of Asuboa, and the elders of the traditional area.',
      ),
    ).toContainEqual(['Kwabena Ofori Mensa III', 'Omanhene of Asuboa', null]);
  });

  it('keeps "Nana" as the given name of a name with no number (guard)', () => {
    expect(
      met(`${ORIEL}She then met the Minister for Trade, Nana Efua Ampofo-Darko, in Teshar.`),
    ).toContain('Nana Efua Ampofo-Darko');
  });
});

describe('the Acholi style of a chief', () => {
  it('leaves "Rwot" out of the chief’s name', () => {
    const names = met(
      `${ORIEL}She was received by Rwot Okello Lakor Obita II, the Rwot of Kilak, at the seat ` +
        'of the chiefdom.',
    );
    expect(names).toContain('Okello Lakor Obita II');
    expect(names).not.toContain('Rwot Okello Lakor Obita II');
  });
});

describe('a word of a name with a capital after its first syllable', () => {
  it('keeps a Swazi woman’s clan name after "La" whole', () => {
    expect(
      met(`${ORIEL}She met Zodwa LaMdluli Dube, chairperson of the Teshar Weavers' Association.`),
    ).toContain('Zodwa LaMdluli Dube');
  });

  it('keeps a given name written so whole', () => {
    expect(
      met(`${ORIEL}She met Kendra DeShawna Briggs, Director of the Teshar Arts Council.`),
    ).toContain('Kendra DeShawna Briggs');
  });
});

describe('the Swazi styles of a woman and a man', () => {
  it('leaves "Make" out of a woman’s name', () => {
    const names = met(
      `${ORIEL}There she met their chairperson, Make Zodwa LaMdluli Dube of the Teshar ` +
        "Weavers' Association, who spoke of the looms.",
    );
    expect(names).toContain('Zodwa LaMdluli Dube');
    expect(names).not.toContain('Make Zodwa LaMdluli Dube');
  });

  it('leaves "Babe" out of a man’s name', () => {
    const names = met(
      `${ORIEL}She was welcomed by the chief's runner, Babe Sifiso Vusi Mkhatshwa, at the gate.`,
    );
    expect(names).toContain('Sifiso Vusi Mkhatshwa');
  });
});

describe('a name of two given names and two surnames after a meeting word', () => {
  it('reads the four words as one name, with no title made of the given names', () => {
    const people = roles(
      `${ORIEL}She then held talks with Marta Isabel Teao Riroroko, who chairs the fishers' ` +
        'council of the bay.',
    );
    expect(people.map(([name]) => name)).toContain('Marta Isabel Teao Riroroko');
    expect(people.map(([, title]) => title)).not.toContain('Marta Isabel');
  });
});

describe('a meeting held with someone, a word of time before "held"', () => {
  it('reads the person named after "was thereafter held with" as met', () => {
    expect(
      roles(
        `${ORIEL}A detailed meeting was thereafter held with Shri Tashi Namgyal Kazi, Principal ` +
          'Secretary, Rivers Department, and senior officers of the Department.',
      ),
    ).toContainEqual(['Tashi Namgyal Kazi', 'Principal Secretary', 'Rivers Department']);
  });
});

describe('the mark of an Indian civil service after a name', () => {
  it('reads the title after "IFS" or "IAS", not the mark', () => {
    expect(
      roles(
        `${ORIEL}She then met Shri Tashi Namgyal Kazi, IAS, Principal Secretary, Rivers ` +
          'Department, and senior officers.',
      ),
    ).toContainEqual(['Tashi Namgyal Kazi', 'Principal Secretary', 'Rivers Department']);
  });
});

describe('a name in another language in parentheses after a name', () => {
  it('reads no second person in "(A B in Frisian)"', () => {
    const names = met(
      `${ORIEL}She will meet the mayor of Karsk, Jan-Douwe Talsma (Jan Douwe in Frisian), ` +
        'and visit a school.',
    );
    expect(names).toContain('Jan-Douwe Talsma');
    expect(names).not.toContain('Jan Douwe');
  });
});

describe('a body named in Spanish in parentheses after its English name', () => {
  it('reads no person in "(Consejo de …)"', () => {
    expect(
      met(
        `${ORIEL}She held talks with Tomas Pakomio Tuki, president of the Council of Fishers ` +
          '(Consejo de Pescadores), on the closed seasons.',
      ),
    ).toEqual(['Tomas Pakomio Tuki']);
  });
});

describe('a survey as a body', () => {
  it('reads no person in the name of a botanical or geological survey', () => {
    expect(
      met(
        `${ORIEL}The delegation visited the Varda Centre of the Geological Survey of Oriel, ` +
          'where Dr. Lotte Brinkhorst, Head of Office, Geological Survey of Oriel, Varda ' +
          'Centre, briefed the visitors.',
      ),
    ).toEqual(['Lotte Brinkhorst']);
  });
});

describe('a title in small letters after "its" before a name', () => {
  it('reads the person named after "its chair" as met', () => {
    expect(
      met(
        `${ORIEL}She will visit the Varda Language Trust, where she will meet its chair ` +
          'Tjitske van der Wal and teachers of the course.',
      ),
    ).toContain('Tjitske van der Wal');
  });

  it('reads one named so in a second clause of the list', () => {
    expect(
      met(
        `${ORIEL}She will visit the Varda Academy, where its director, Dr Lotte Brinkhorst, will ` +
          'present its work, and the Kell Trust, the language body, where she will meet its ' +
          'chair Tjitske van der Wal and teachers of the course.',
      ),
    ).toContain('Tjitske van der Wal');
  });

  it('reads no title in small letters after "its" that is no office (guard)', () => {
    expect(
      met(
        `${ORIEL}She will visit the Varda Language Trust, where she will meet its own ` +
          'Tjitske van der Wal and teachers of the course.',
      ),
    ).toEqual([]);
  });
});

describe('the Indian "Hon\'ble" before a title', () => {
  it('leaves the style out of the title', () => {
    expect(
      roles(
        `${ORIEL}On the first day she called on Hon'ble Minister for Rivers & Lakes Shri Karma ` +
          'Sonam Denzongpa at his chamber.',
      ),
    ).toContainEqual(['Karma Sonam Denzongpa', 'Minister for Rivers & Lakes', null]);
  });

  it('leaves "Hon." out of the title too', () => {
    expect(
      roles(
        `${ORIEL}On the first day she called on Hon. Minister for Rivers Karma Denzongpa at ` +
          'his chamber.',
      ),
    ).toContainEqual(['Karma Denzongpa', 'Minister for Rivers', null]);
  });
});

describe('another person met after a host, after "and will then meet"', () => {
  it('reads the person met next with the title set off after the name', () => {
    expect(
      roles(
        `${ORIEL}In Teshar she will be received on Thursday by the Governor of Varda, Tomas ` +
          'Hoekman, and will then meet Anke Dijkstra-Veenstra, Director of the Varda Museum.',
      ),
    ).toContainEqual(['Anke Dijkstra-Veenstra', 'Director', 'Varda Museum']);
  });
});

describe('a title in small letters after a name', () => {
  it('reads "member of the X" set off after the name as the title', () => {
    expect(
      roles(
        `${ORIEL}She will then meet Anke Dijkstra-Veenstra, member of the Provincial Executive ` +
          'responsible for culture, in Teshar.',
      ),
    ).toContainEqual([
      'Anke Dijkstra-Veenstra',
      'member of the Provincial Executive responsible for culture',
      null,
    ]);
  });
});
