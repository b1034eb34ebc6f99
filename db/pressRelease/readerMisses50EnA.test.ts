import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const lead =
  'The Director-General of the Northern Rivers Council, Anna Weller, was in Ruritania from ' +
  'Monday 30 November to Friday 4 December 2026. ';

describe('a mayor’s style "His Worship" or "Her Worship"', () => {
  it('leaves "Her Worship" out of the name and keeps the title', () => {
    expect(
      roles(
        `${lead}She met the Minister of Roads, Dorvan Keteli, and the Mayor of Lowtown, Her ` +
          'Worship Orinda Vessak Tarumbe.',
      ),
    ).toContainEqual(['Orinda Vessak Tarumbe', 'Mayor of Lowtown', null]);
  });

  it('leaves "His Worship" out of the name', () => {
    expect(
      met(`${lead}She was received by the Mayor of Hillport, His Worship Dorvan Keteli.`),
    ).toContain('Dorvan Keteli');
  });
});

describe('a minister of climate change', () => {
  it('keeps the title "Minister of Environment and Climate Change" before "Hon."', () => {
    expect(
      roles(
        `${lead}She met the Minister of Environment and Climate Change, Hon. Orinda Tarumbe, ` +
          'and the Mayor of Lowtown, Dorvan Keteli.',
      ),
    ).toContainEqual([
      'Orinda Tarumbe',
      'Minister of Environment and Climate Change',
      'Ministry of Environment and Climate Change',
    ]);
  });
});

describe('a host who briefs the visitors in the place the sentence opens with', () => {
  it('reads one after "There"', () => {
    expect(
      roles(
        `${lead}On Tuesday the delegation drove to Lowtown. There the District Commissioner for ` +
          'Lowtown, Mrs Orinda Tarumbe-Vessak, briefed the visitors on the district’s trade.',
      ),
    ).toContainEqual(['Orinda Tarumbe-Vessak', 'District Commissioner for Lowtown', null]);
  });

  it('reads one after "In" and the place', () => {
    expect(
      met(
        `${lead}In Hillport the Chairman of the Harbour Board, Dorvan Keteli, welcomed the ` +
          'delegation at the quay.',
      ),
    ).toContain('Dorvan Keteli');
  });
});

describe('welcomed in a town and its province by a host', () => {
  it('reads the host after the town and the province', () => {
    expect(
      roles(
        `${lead}On Tuesday she was welcomed in Lowtown, Upper Province by Mayor of Lowtown ` +
          'Orinda Tarumbe-Vessak, who spoke about the waterfront.',
      ),
    ).toContainEqual(['Orinda Tarumbe-Vessak', 'Mayor of Lowtown', null]);
  });
});

describe('a chief’s title after the council or tribe he heads, with no comma', () => {
  it('parts "X Council of Y Grand Chief" into the council and the title', () => {
    expect(
      roles(
        `${lead}She met Riverbend Council of Tahonek Grand Chief Orinda Tarumbe and members of ` +
          'council.',
      ),
    ).toContainEqual(['Orinda Tarumbe', 'Grand Chief', 'Riverbend Council of Tahonek']);
  });

  it('keeps "Chief" after a tribe’s name as the title', () => {
    expect(
      roles(
        `${lead}She was received by Upper Fork Tribe Tribal Chief Dorvan Keteli, who briefed ` +
          'her on the cleanup.',
      ),
    ).toContainEqual(['Dorvan Keteli', 'Tribal Chief', 'Upper Fork Tribe']);
  });

  it('keeps "Chief" after the council’s place as the title', () => {
    expect(
      roles(
        `${lead}She met Riverbend Council of Tahonek Chief Dorvan Keteli, who holds the ` +
          'portfolio for the seaway.',
      ),
    ).toContainEqual(['Dorvan Keteli', 'Chief', 'Riverbend Council of Tahonek']);
  });

  it('still leaves a chief’s style after a minister’s title out of the title (guard)', () => {
    expect(
      roles(`${lead}She met the Minister of Roads, Chief Dorvan Keteli, on Tuesday.`),
    ).toContainEqual(['Dorvan Keteli', 'Minister of Roads', 'Ministry of Roads']);
  });
});

describe('a second host after "and by"', () => {
  it('keeps the title of a traditional authority named after "and by"', () => {
    expect(
      roles(
        `${lead}It was received by the Chairperson of the Lakeshore Fishers Association Mrs ` +
          'Orinda Tarumbe and by T/A Kalembo (Dorvan Keteli), who spoke about drying racks.',
      ),
    ).toContainEqual(['Dorvan Keteli', 'T/A Kalembo', null]);
  });
});

describe('an office held in a ministry', () => {
  it('parts "Principal Secretary in the Ministry of X" into the title and the ministry', () => {
    expect(
      roles(
        `${lead}On Monday she called on Principal Secretary in the Ministry of Roads Dr Orinda ` +
          'Tarumbe, who welcomed the support.',
      ),
    ).toContainEqual(['Orinda Tarumbe', 'Principal Secretary', 'Ministry of Roads']);
  });

  it('keeps "Minister in the Presidency" whole (guard)', () => {
    expect(
      roles(`${lead}She called on the Minister in the Presidency, Dorvan Keteli.`),
    ).toContainEqual(['Dorvan Keteli', 'Minister in the Presidency', null]);
  });
});

describe('a host named after his title with no comma who welcomes the visitors', () => {
  it('reads a paramount chief of a chiefdom after the village', () => {
    expect(
      met(
        `${lead}At Tovali village Paramount Chief Dorvan Sesay Keteli III of Upper Tovali ` +
          'Chiefdom welcomed the visitors with a ceremony and spoke about the farmers.',
      ),
    ).toContain('Dorvan Sesay Keteli III');
  });

  it('reads a governor who received the delegation', () => {
    expect(
      roles(`${lead}On Monday Governor Orinda Tarumbe received the delegation in Hillport.`),
    ).toContainEqual(['Orinda Tarumbe', 'Governor', null]);
  });
});

describe('a host named first after the part of the day with no comma', () => {
  it('reads one who presented something "In the afternoon"', () => {
    expect(
      met(
        `${lead}In the afternoon Orinda Tarumbe, Director of the Department of Environment of ` +
          'the Riverbend Council, presented twenty years of monitoring data.',
      ),
    ).toContain('Orinda Tarumbe');
  });
});
