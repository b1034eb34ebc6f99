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
