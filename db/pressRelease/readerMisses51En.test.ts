import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, was in Ruritania from ' +
  'Monday 30 November to Friday 4 December 2026. ';

describe('the head of a body just visited, opening the next sentence with "Its"', () => {
  it('reads one who will present something', () => {
    expect(
      met(
        `${lead}In the evening she will visit the Vellan Institute. Its Director, Orinda ` +
          'Tarumbe, will present a new atlas of the river dialects.',
      ),
    ).toContain('Orinda Tarumbe');
  });

  it('reads one who presented what the body has learnt', () => {
    expect(
      met(
        `${lead}On Wednesday she visited the Language Board. Its Chief Executive, Dorvan Keteli, ` +
          'presented the Board’s experience with village schools.',
      ),
    ).toContain('Dorvan Keteli');
  });

  it('reads one who will sign an agreement', () => {
    expect(
      met(
        `${lead}The programme ends at the University of Lowtown. Its President, Dorvan Le ` +
          'Keteli, will sign a memorandum on joint degrees.',
      ),
    ).toContain('Dorvan Le Keteli');
  });

  it('reads one who will brief the visitor named by her title', () => {
    expect(
      met(
        `${lead}She will also visit the Ministry of Rivers. Its Chief Executive Officer, Orinda ` +
          'Tarumbe-Vessak, will brief the Director-General on the flood works.',
      ),
    ).toContain('Orinda Tarumbe-Vessak');
  });
});

describe('a host of a dinner that others attend', () => {
  it('reads the host when the dinner is "attended by" people not named', () => {
    expect(
      met(
        `${lead}In the evening, the Minister of Roads, Dorvan Keteli-Vessak, hosted a dinner in ` +
          'honour of the Director-General, attended by representatives of local shipping firms.',
      ),
    ).toContain('Dorvan Keteli-Vessak');
  });
});

describe('a meeting planned after a visit, joined by "and meet"', () => {
  it('reads the one met after "will visit X and meet"', () => {
    expect(
      met(
        `${lead}On Thursday, Hon. Weller will visit the Lowtown Data Centre and meet Mrs. Orinda ` +
          'Tarumbe, Director General of the Registry Authority.',
      ),
    ).toContain('Orinda Tarumbe');
  });
});

describe('a list of those met on the lines straight after "met:"', () => {
  it('reads each item as one met, the title after the name', () => {
    const people = roles(
      `${lead.trim()}\n\nIn the afternoon the delegation met:\n- Orinda Tarumbe, Minister of ` +
        'Roads;\n- Dorvan Keteli, State Secretary at the Ministry of Rivers;\n- Anka Velić, ' +
        'President of the Lowtown Chamber of Trade.',
    );
    expect(people).toContainEqual(['Orinda Tarumbe', 'Minister of Roads', 'Ministry of Roads']);
    expect(people).toContainEqual(['Dorvan Keteli', 'State Secretary', 'Ministry of Rivers']);
    expect(people).toContainEqual(['Anka Velić', 'President', 'Lowtown Chamber of Trade']);
  });
});

describe('a name of four words opening a clause after a semicolon', () => {
  it('keeps all four words, the title after them', () => {
    expect(
      roles(
        `${lead}A meeting with the Lowtown traders will follow; Orinda Vessak Tarumbe Keteli, ` +
          'President of the Chamber of Commerce of Lowtown, will lead the local side.',
      ),
    ).toContainEqual([
      'Orinda Vessak Tarumbe Keteli',
      'President',
      'Chamber of Commerce of Lowtown',
    ]);
  });
});

describe('one who joins a meeting and briefs the visitors', () => {
  it('reads one "joined by" after a retired rank, with the title after the name', () => {
    expect(
      roles(
        `${lead}She was joined by Maj. (Rtd) Dorvan Kimeli Keteli, President of Athletics ` +
          'Lowland, who briefed the visitors on the new rules for coaches.',
      ),
    ).toContainEqual(['Dorvan Kimeli Keteli', 'President of Athletics Lowland', null]);
  });
});

describe('a harbour master after a captain’s rank', () => {
  it('reads the title after the name and no one called "Harbour Master"', () => {
    const people = met(
      `${lead}She will visit the river port, where Capt. Dorvan Chol Keteli, Harbour Master of ` +
        'Lowtown River Port, will brief her on the barges.',
    );
    expect(people).toContain('Dorvan Chol Keteli');
    expect(people).not.toContain('Harbour Master');
  });
});

describe('a nom de guerre of two words in quotes inside the name', () => {
  it('keeps the quoted words and the surnames after them', () => {
    expect(
      met(
        `${lead}She paid a courtesy call on the Prime Minister of Lowland, Dorvan "Lafu Meti" ` +
          'Keteli da Vessak.',
      ),
    ).toContain('Dorvan "Lafu Meti" Keteli da Vessak');
  });
});

describe('words that open a sentence or name a market are no one (guards)', () => {
  it('reads no one called "On Wednesday"', () => {
    const people = met(
      `${lead}On Wednesday she visited the Lowtown College, where the College President, Dr. ` +
        'Orinda Vessak Tarumbe, and the Director-General signed an agreement on credits.',
    );
    expect(people).toContain('Orinda Vessak Tarumbe');
    expect(people).not.toContain('On Wednesday');
  });

  it('reads no one in "the Lowland Single Market"', () => {
    const people = met(
      `${lead}She met with Orinda Tarumbe of the Lowtown Traders Association and gave a lecture ` +
        'on the LOWCOM Single Market and Economy at the Lowtown University.',
    );
    expect(people).not.toContain('Single Market');
  });
});
