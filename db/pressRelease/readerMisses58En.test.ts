import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const ORIEL =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a style of respect that stays before the name', () => {
  it('reads "Aunty" before an elder’s name as no part of it', () => {
    const names = met(
      `${ORIEL}At the art centre she was welcomed by the centre's chair, Aunty Moraine ` +
        'Tallowick, who showed her the carved poles.',
    );
    expect(names).toContain('Moraine Tallowick');
    expect(names).not.toContain('Aunty Moraine Tallowick');
  });

  it('reads "Uncle" before an elder’s name as no part of it', () => {
    const names = met(`${ORIEL}In Orvel she met Uncle Dorrin Pask, a senior elder of the island.`);
    expect(names).toContain('Dorrin Pask');
    expect(names).not.toContain('Uncle Dorrin Pask');
  });

  it('reads the Bengali "Babu" before a name of two words as no part of it', () => {
    const names = met(
      `${ORIEL}In Teshar she met Babu Orindo Kalsar, Headman of Teshar village, who hosted ` +
        'a village meeting.',
    );
    expect(names).toContain('Orindo Kalsar');
    expect(names).not.toContain('Babu Orindo Kalsar');
  });

  it('reads "Pir" before a name of four words as the style of a shrine’s keeper', () => {
    const names = met(
      `${ORIEL}The visit concluded at Vashti, where Pir Aldo Breyan Shah Moravi welcomed the ` +
        'guest and presented her with a shawl.',
    );
    expect(names).toContain('Aldo Breyan Shah Moravi');
  });
});

describe('a local office that is no name', () => {
  it('reads "Sajjada Nashin" after a name as the title of a shrine’s keeper', () => {
    const names = met(
      `${ORIEL}The visit concluded at Vashti, where Aldo Breyan Shah Moravi, Sajjada Nashin of ` +
        'the shrine of Vashti, welcomed the guest.',
    );
    expect(names).not.toContain('Sajjada Nashin');
  });
});

describe('a minister’s fields that end before his name', () => {
  it('reads "Antiquities" as the last field of a title, not a word of the name', () => {
    expect(
      met(
        `${ORIEL}She called on the Provincial Minister for Culture, Tourism and Antiquities ` +
          'Orindo Vale Kesh at his office.',
      ),
    ).toContain('Orindo Vale Kesh');
  });
});

describe('Tolai names with the prefix of a man or a woman', () => {
  it('reads a name with "To" before an inner capital', () => {
    expect(
      roles(
        `${ORIEL}She met Mr Dorin ToKavel, President of the Vunatali Local-Level Government, ` +
          'on the market.',
      ),
    ).toContainEqual(['Dorin ToKavel', 'President', 'Vunatali Local-Level Government']);
  });

  it('reads a name with "Ia" before an inner capital', () => {
    expect(
      met(
        `${ORIEL}She held a meeting with Ms Merina IaVunat, President of the Vunatali Council ` +
          'of Women, on the market.',
      ),
    ).toContain('Merina IaVunat');
  });
});

describe('a district after a title with no "of"', () => {
  it('reads the district written alone elsewhere as the title’s, not the given name', () => {
    const names = met(
      `${ORIEL}She visited the old town near Varsh, where she met Deputy Commissioner Varsh ` +
        'Orindo Vale Kesh at his office.',
    );
    expect(names).toContain('Orindo Vale Kesh');
    expect(names).not.toContain('Varsh Orindo Vale Kesh');
  });
});

describe('a village head named after a relative clause', () => {
  it('reads the next name and its title after "and" as another person met', () => {
    expect(
      roles(
        `${ORIEL}In Teshar she met the Headman of Teshar, Orindo Vale, who settles disputes ` +
          'over land, and Babu Kelan Moshar, Karbari of Ulla village, who hosted a meeting.',
      ),
    ).toContainEqual(['Kelan Moshar', 'Karbari of Ulla village', null]);
  });
});

describe('a host named after his title who gives a meal for the visitor', () => {
  it('reads the host of a lunch in her honour as met', () => {
    expect(
      met(
        `${ORIEL}On Thursday she toured the old town. Deputy Commissioner Orindo Vale Kesh ` +
          'hosted a lunch in her honour and explained the plans.',
      ),
    ).toContain('Orindo Vale Kesh');
  });
});

describe('a body named after a person with his style', () => {
  it('keeps the body whole after the full stop of "Dr."', () => {
    expect(
      roles(
        `${ORIEL}In Teshar she called on Dr. Merina Kalsar, Director of the Dr. Orindo Vale ` +
          'Research Institute, to discuss its recordings.',
      ),
    ).toContainEqual(['Merina Kalsar', 'Director', 'Dr. Orindo Vale Research Institute']);
  });
});

describe('a head in small letters after "whose"', () => {
  it('reads the manager who guides the visitors as met', () => {
    expect(
      met(
        `${ORIEL}On Orvel Island the delegation visited the Lantern Arts Centre at Teshar, whose ` +
          'manager Merina Tallowick guided them through the studio.',
      ),
    ).toContain('Merina Tallowick');
  });
});

describe('a place set off by commas between "received" and "by"', () => {
  it('reads the one who received the visitor after the comma', () => {
    expect(
      roles(
        `${ORIEL}On Friday she was received at the University of Teshar, Orvel, by the ` +
          'Vice-Chancellor, Prof. Dr. Merina Kalsar, who proposed a joint course.',
      ),
    ).toContainEqual(['Merina Kalsar', 'Vice-Chancellor', null]);
  });
});

describe('one a shrine is of', () => {
  it('reads the saint of the shrine as no one met', () => {
    const names = met(
      `${ORIEL}The visit concluded at Vashti, where Pir Aldo Breyan Shah Moravi, Sajjada ` +
        'Nashin of the shrine of Shah Abdul Orin Kesh, welcomed the guest and presented her ' +
        'with a shawl.',
    );
    expect(names).toContain('Aldo Breyan Shah Moravi');
    expect(names).not.toContain('Abdul Orin Kesh');
  });
});

describe('another spelling of the name in brackets before the title', () => {
  it('reads the title after the brackets as the person’s', () => {
    expect(
      roles(
        `${ORIEL}Later that day she met Orindo Kalsar (also spelled Kalsaar), President of the ` +
          'Teshar Writers’ Association, who asked for help.',
      ),
    ).toContainEqual(['Orindo Kalsar', 'President', 'Teshar Writers’ Association']);
  });
});

describe('a welcome given to the visitor', () => {
  it('reads the chief who gives a customary welcome as met', () => {
    expect(
      roles(
        `${ORIEL}The programme includes a customary welcome by Paramount Chief Sir Orindo ` +
          'Kalsar and a visit to the market.',
      ),
    ).toContainEqual(['Orindo Kalsar', 'Paramount Chief', null]);
  });
});

describe('one who organises the workshop the visitor attends', () => {
  it('reads the organiser named after "organized by" as met', () => {
    expect(
      met(
        `${ORIEL}The day ended with an edit-a-thon at the village school, organized by Merina ` +
          'Tallowick, Coordinator of the Teshar Editors Group, with forty students.',
      ),
    ).toContain('Merina Tallowick');
  });

  it('reads no one met in a visit organised by the visitor’s own staff (guard)', () => {
    expect(
      met(`${ORIEL}The visit was organised by Merina Tallowick of the Trust's programme team.`),
    ).not.toContain('Merina Tallowick');
  });
});

describe('a mayor’s title after the council he heads', () => {
  it('reads the council before "Mayor" as the body', () => {
    expect(
      roles(
        `${ORIEL}There she met Orvel Shire Council Mayor Dorin Kalsar and the elders of the ` +
          'island.',
      ),
    ).toContainEqual(['Dorin Kalsar', 'Mayor', 'Orvel Shire Council']);
  });
});

describe('the English gloss of a title in the country’s language', () => {
  it('reads the title without its gloss in brackets', () => {
    expect(
      roles(
        `${ORIEL}On Friday the delegation drove to Teshar, where the Pradhan Haram (village ` +
          'elder) Dorin Kalsar welcomed them at the sacred grove.',
      ),
    ).toContainEqual(['Dorin Kalsar', 'Pradhan Haram', null]);
  });
});
