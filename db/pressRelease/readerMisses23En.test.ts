import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited Canada on 3 May 2026.';

describe('a Scottish or Irish surname with a capital after its "Mac" or "Mc"', () => {
  it('reads "The Minister, Ewan MacAskill-Reid, presented …" after "met the Minister of X."', () => {
    expect(
      roles(
        `${VISIT} He met the Minister of Environment. The Minister, Ewan MacAskill-Reid, presented the plan.`,
      ).map((r) => r[0]),
    ).toEqual(['Ewan MacAskill-Reid']);
  });

  it('reads "the Senior Official of Canada, Ailsa McCallum, who …"', () => {
    expect(
      met(
        `${VISIT} He held talks with the Senior Official of Canada, Ailsa McCallum, who came from Ottawa.`,
      ),
    ).toEqual(['Ailsa McCallum']);
  });

  it('reads a "Mc" after a hyphen: "Moira Lennox-McBride"', () => {
    expect(met(`${VISIT} He met the Minister of Justice, Moira Lennox-McBride.`)).toEqual([
      'Moira Lennox-McBride',
    ]);
  });
});

describe('the German particle "von der" inside a name', () => {
  it('reads "the Minister of Environment, Dieter von der Aue"', () => {
    expect(met(`${VISIT} He met the Minister of Environment, Dieter von der Aue.`)).toEqual([
      'Dieter von der Aue',
    ]);
  });
});

describe('a title met bare, whose holder the next sentence names after the whole title', () => {
  it('reads "held a working session with the Secretary for X. The Secretary, A B. C, presented …"', () => {
    expect(
      roles(
        `${VISIT} He then held a working session with the Secretary for Foreign Affairs. The Secretary, Paul St. Aubin, presented the agenda.`,
      ),
    ).toEqual([['Paul St. Aubin', 'Secretary for Foreign Affairs', null]]);
  });

  it('reads "called on the Chief Executive Officer of X. The Chief Executive Officer, A B-C, presented …"', () => {
    expect(
      roles(
        `${VISIT} He called on the Chief Executive Officer of the Port Authority. The Chief Executive Officer, Nils Berglund-Ek, presented the corridor.`,
      ),
    ).toEqual([['Nils Berglund-Ek', 'Chief Executive Officer', 'Port Authority']]);
  });
});

describe('hosts named before their titles, who brief or host the visitor', () => {
  it('reads "In the afternoon, A B-C D\'E, Minister of X, Y and Z, and F-G de H, Director of the I, briefed the … delegation"', () => {
    expect(
      roles(
        `${VISIT} In the afternoon, Jean-Luc D'Aumont, Minister of Fisheries, Marine Resources and Shipping, and Marie-Claire de Bissy, Director of the Oceanography Institute, briefed the Seychellois delegation on the shelf.`,
      ),
    ).toEqual([
      ["Jean-Luc D'Aumont", 'Minister of Fisheries, Marine Resources and Shipping', null],
      ['Marie-Claire de Bissy', 'Director', 'Oceanography Institute'],
    ]);
  });

  it('reads "A von der B, Chairperson of the X Group, hosted the Director at Y"', () => {
    expect(
      met(
        `${VISIT} Dieter von der Aue, Chairperson of the Friendship Group, hosted the Director at the Bundestag.`,
      ),
    ).toEqual(['Dieter von der Aue']);
  });
});

describe('a list of names, then the one body they belong to', () => {
  it('reads "met with A B, C D and E F of the X Association" as three of that body, with no title', () => {
    expect(
      roles(
        `${VISIT} On 4 May the Director met with Ana Bele, Carl Dunn and Eva Fors of the Harbour Traders Association, and delivered a lecture.`,
      ),
    ).toEqual([
      ['Ana Bele', null, 'Harbour Traders Association'],
      ['Carl Dunn', null, 'Harbour Traders Association'],
      ['Eva Fors', null, 'Harbour Traders Association'],
    ]);
  });

  it('reads a body with no body word, and none of its words as a name: "… of Inuit Y Z"', () => {
    expect(
      roles(
        `${VISIT} On Thursday she met with Ana Bele, Carl Dunn and Eva Fors of Inuit Tapiriit Kanatami, and was briefed by the President of the Council, Joe Frum, on the needs.`,
      ),
    ).toEqual([
      ['Ana Bele', null, 'Inuit Tapiriit Kanatami'],
      ['Carl Dunn', null, 'Inuit Tapiriit Kanatami'],
      ['Eva Fors', null, 'Inuit Tapiriit Kanatami'],
      ['Joe Frum', 'President', 'Council'],
    ]);
  });

  it('leaves one named with a title out of the list: "the Minister of X, A B, and C D of the Y"', () => {
    expect(
      roles(
        `${VISIT} She met with the Minister of Finance, Ana Bele, and Eva Fors of the Harbour Traders Association.`,
      )[0],
    ).toEqual(['Ana Bele', 'Minister of Finance', 'Ministry of Finance']);
  });
});
