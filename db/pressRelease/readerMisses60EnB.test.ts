import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT =
  'The Director of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a host who acts in the clause of the place the visitor went to', () => {
  it('reads the head and her team who present something there', () => {
    const names = met(
      `${VISIT}The day ended at the Institute of Tidal Studies in Porvila, where the Scientific ` +
        'Director, Professor Carla Ventosa Maril, and her team presented work on kelp forests.',
    );
    expect(names).toContain('Carla Ventosa Maril');
  });

  it('reads a head named after his title of a province with no comma', () => {
    const names = met(
      `${VISIT}In the afternoon the delegation drove to Orvalla, where President of the ` +
        'Province of Orvalla Gavino Serreli described how the valleys lose their young people.',
    );
    expect(names).toContain('Gavino Serreli');
  });

  it('reads a host named first, her title after her name', () => {
    const names = met(
      `${VISIT}In the afternoon she is expected at the University of Porvila, where Professor ` +
        'Anne-Lise Tavernier, Director of the Reef Laboratory, will present its monitoring.',
    );
    expect(names).toContain('Anne-Lise Tavernier');
  });

  it('reads a host named first who leads the group through a museum', () => {
    const names = met(
      `${VISIT}The day ended at Lowden's Quay, where Darnell Okoye Bright, President and CEO ` +
        'of the Harbour Heritage Museum, led the group through the galleries.',
    );
    expect(names).toContain('Darnell Okoye Bright');
  });

  it("reads a reserve's director who will accompany the visitors", () => {
    const names = met(
      `${VISIT}The delegation will then visit the Porvila Marine Reserve, whose director, ` +
        'Paul-Henri Ah-Sing, will accompany the visitors on a boat trip over the reef.',
    );
    expect(names).toContain('Paul-Henri Ah-Sing');
  });
});

describe('two hosts acting in one sentence', () => {
  it('reads the mayor who welcomes them and the director of the reserve after him', () => {
    const names = met(
      `${VISIT}The Mayor of Porvila, Lucien Grondel, will welcome the delegation at the town ` +
        'hall before a visit to the Porvila Marine Reserve, whose director, Jean-Marc ' +
        'Ah-Fong, will accompany the visitors on a boat trip.',
    );
    expect(names).toContain('Lucien Grondel');
    expect(names).toContain('Jean-Marc Ah-Fong');
  });
});

describe('a host named first who leads the visitors', () => {
  it('reads her after a long description of her company', () => {
    const names = met(
      `${VISIT}Marta Lecca, Site Manager of ORMA, the regional company that runs the old ` +
        'quarry, then led the visitors down to the underground laboratory.',
    );
    expect(names).toContain('Marta Lecca');
  });
});

describe('a style the release writes before three names, before two', () => {
  it('reads the manager who described the premium, "Ato" left out', () => {
    const names = met(
      `${VISIT}She was received by Ato Gebre Tola Huluka, Head of the Bureau of Trade. ` +
        'General Manager Ato Worku Beshir described how the premium paid for new washing ' +
        'stations.',
    );
    expect(names).toContain('Worku Beshir');
    expect(names).not.toContain('Ato Worku Beshir');
  });

  // A guard: with no style before three names, "Ato" before two is a Fante given name.
  it('keeps "Ato" as a given name where the release writes it before two names only', () => {
    const names = met(`${VISIT}She met the Mayor of Kwabe, Ato Kwainoe, at the town hall.`);
    expect(names).toContain('Ato Kwainoe');
  });
});

describe('a welcome on a weekday', () => {
  it('reads the host who welcomed the visitor on Friday', () => {
    const names = met(
      `${VISIT}Ms Weller was welcomed on Friday by the Centre's Executive Director, Dr. ` +
        'Loretta Heyward Gaines, who walked her through the campus.',
    );
    expect(names).toContain('Loretta Heyward Gaines');
  });
});

describe('a council member named after the council with no comma', () => {
  it('reads the member who hosted the delegation', () => {
    const names = met(
      `${VISIT}On Saturday, Harlow County Council member Bernice Toomer Hale hosted the ` +
        'delegation in Harlow and spoke about family land.',
    );
    expect(names).toContain('Bernice Toomer Hale');
  });
});

describe('a monk and an engineer named first, after the place', () => {
  it('reads the monk, his rank and "Father" left out', () => {
    const names = met(
      `${VISIT}At the Monastery of Saint Tobias (Deir Tubia), Hegumen Father Arsani ` +
        'El-Makary, Head of Conservation at the monastery, will present the paintings.',
    );
    expect(names).toContain('Arsani El-Makary');
  });

  it('reads the engineer who hosts a working session, his style left out', () => {
    const names = met(
      `${VISIT}On Saturday, Eng. Samir Fahmy Ghali, General Director of Antiquities of ` +
        'Qalyub, will host a working session on site management.',
    );
    expect(names).toContain('Samir Fahmy Ghali');
  });
});

describe('a village named after "At" that opens the sentence', () => {
  it('takes no name of "At" and the village', () => {
    const found = roles(
      `${VISIT}At Dorbassa, W/ro Tigist Hailu Dana, Chairwoman of the Dorbassa Primary ` +
        'Cooperative, showed the delegation the drying beds.',
    );
    expect(found.map(([name]) => name)).toContain('Tigist Hailu Dana');
    expect(found.map(([name]) => name)).not.toContain('At Dorbassa');
  });
});

describe('the titles of hosts of a cooperative, a laboratory, a council and a town', () => {
  it('reads a cooperative as the chairwoman’s body', () => {
    const found = roles(
      `${VISIT}At Dorbassa, W/ro Tigist Hailu Dana, Chairwoman of the Dorbassa Primary ` +
        'Coffee Cooperative, showed the delegation the drying beds.',
    );
    expect(found).toContainEqual([
      'Tigist Hailu Dana',
      'Chairwoman',
      'Dorbassa Primary Coffee Cooperative',
    ]);
  });

  it('reads a laboratory as the director’s body', () => {
    const found = roles(
      `${VISIT}In the afternoon she is expected at the University of Porvila, where Professor ` +
        'Anne-Lise Tavernier, Director of the Reef Laboratory, will present its monitoring.',
    );
    expect(found).toContainEqual(['Anne-Lise Tavernier', 'Director', 'Reef Laboratory']);
  });

  it('reads a fishers’ guild as the body of its patrón maior', () => {
    const found = roles(
      `${VISIT}On Tuesday she crossed the bay to Brela, where the patrón maior of the Cofradía ` +
        'de Pescadores de Brela, Xurxo Vidal Castro, explained how the guild manages octopus.',
    );
    expect(found).toContainEqual([
      'Xurxo Vidal Castro',
      'patrón maior',
      'Cofradía de Pescadores de Brela',
    ]);
  });

  it('reads a county council member’s title and council', () => {
    const found = roles(
      `${VISIT}On Saturday, Harlow County Council member Bernice Toomer Hale hosted the ` +
        'delegation in Harlow and spoke about family land.',
    );
    expect(found).toContainEqual([
      'Bernice Toomer Hale',
      'Council member',
      'Harlow County Council',
    ]);
  });

  it('reads a town’s mayor in the possessive as the Mayor of the town', () => {
    const found = roles(
      `${VISIT}Orvalla's mayor Gavino Serreli welcomed the delegation at the mine entrance.`,
    );
    expect(found).toContainEqual(['Gavino Serreli', 'Mayor of Orvalla', null]);
  });
});

describe('a region’s government in the possessive before a regional office', () => {
  it('reads the autonomous region as the councillor’s body', () => {
    const found = roles(
      `${VISIT}In Valdora she met the Autonomous Region of Valdoria's Regional Councillor for ` +
        'Transport, Elio Murtas, who confirmed the funding.',
    );
    expect(found).toContainEqual([
      'Elio Murtas',
      'Regional Councillor for Transport',
      'Autonomous Region of Valdoria',
    ]);
  });

  it('reads a junta as the consejera’s body, the gloss of her title left out', () => {
    const found = roles(
      `${VISIT}She was received by the Junta de Valdoria's Consejera de Cultura (regional ` +
        'minister for culture), Inés Robledo Sanz, who presented the plan.',
    );
    expect(found).toContainEqual([
      'Inés Robledo Sanz',
      'Consejera de Cultura',
      'Junta de Valdoria',
    ]);
  });
});
