import { describe, expect, it } from 'vitest';
import { met, roles } from '../test/peopleMet.js';

const VISIT = 'The Director of the Fund, Pavel Norden, visited Peru on 3 May 2026.';

describe('a body named with "Group", "Friendship", "Caucus" or "Committee" is never a person', () => {
  it('reads "A, B and C of the X–Y Parliamentary Friendship Group of the Z": three people of that body', () => {
    expect(
      roles(
        `${VISIT} On 4 May the delegation met with Pedro Salas, Lucía Quispe and Raúl Mendoza-Ríos of the Peru–Norway Parliamentary Friendship Group of the Congress.`,
      ),
    ).toEqual([
      ['Pedro Salas', null, 'Peru–Norway Parliamentary Friendship Group of the Congress'],
      ['Lucía Quispe', null, 'Peru–Norway Parliamentary Friendship Group of the Congress'],
      ['Raúl Mendoza-Ríos', null, 'Peru–Norway Parliamentary Friendship Group of the Congress'],
    ]);
  });

  it('reads "A and B of the Andean Friendship Group"', () => {
    expect(
      met(
        `${VISIT} He also met Pedro Salas and Lucía Quispe of the Andean Friendship Group on trade.`,
      ),
    ).toEqual(['Pedro Salas', 'Lucía Quispe']);
  });

  it('reads "A, B and C of the Women\'s Parliamentary Caucus"', () => {
    expect(
      met(
        `${VISIT} He also met Ana Torres, Lucía Quispe and Rosa Huamán of the Women's Parliamentary Caucus.`,
      ),
    ).toEqual(['Ana Torres', 'Lucía Quispe', 'Rosa Huamán']);
  });

  it('reads "A, B and C of the Joint Economic Committee" as three people of that body', () => {
    expect(
      roles(
        `${VISIT} He also met Ana Torres, Lucía Quispe and Rosa Huamán of the Joint Economic Committee.`,
      ),
    ).toEqual([
      ['Ana Torres', null, 'Joint Economic Committee'],
      ['Lucía Quispe', null, 'Joint Economic Committee'],
      ['Rosa Huamán', null, 'Joint Economic Committee'],
    ]);
  });

  it('finds no one in "met the Inter-Parliamentary Friendship Group"', () => {
    expect(
      met(`${VISIT} He also met the Peru–Chile Inter-Parliamentary Friendship Group in Lima.`),
    ).toEqual([]);
  });

  it('finds no one in "met members of the Budget Working Group"', () => {
    expect(met(`${VISIT} He also met members of the Andean Budget Working Group.`)).toEqual([]);
  });
});

describe('a list of people met resumed by another meeting word after "and"', () => {
  it('reads "met A, Minister of X, and held a working lunch with B, C and D of the Y Group"', () => {
    expect(
      roles(
        `${VISIT} The visiting Director also met Rosa Pardo, Minister of Finance, and held a working lunch with Ana Torres, Luis Vega and Raúl Soto of the Peru–Chile Friendship Group of the Congress.`,
      ),
    ).toEqual([
      ['Rosa Pardo', 'Minister of Finance', 'Ministry of Finance'],
      ['Ana Torres', null, 'Peru–Chile Friendship Group of the Congress'],
      ['Luis Vega', null, 'Peru–Chile Friendship Group of the Congress'],
      ['Raúl Soto', null, 'Peru–Chile Friendship Group of the Congress'],
    ]);
  });

  it('reads "met A, Minister of X, and had talks with B, Governor of Y"', () => {
    expect(
      met(
        `${VISIT} He also met Rosa Pardo, Minister of Finance, and had talks with Julio Ramos, Governor of Cusco.`,
      ),
    ).toEqual(['Rosa Pardo', 'Julio Ramos']);
  });

  it('reads "met A, Minister of X, and then held a meeting with the Mayor of Y, B"', () => {
    expect(
      met(
        `${VISIT} He also met Rosa Pardo, Minister of Finance, and then held a meeting with the Mayor of Arequipa, Julio Ramos.`,
      ),
    ).toEqual(['Rosa Pardo', 'Julio Ramos']);
  });
});

describe('two sides as the subject of talks with an adjective before "talks"', () => {
  it('reads "the Minister of X, A B, and his counterpart held official talks"', () => {
    expect(
      met(
        `${VISIT} Later in the day the Minister of Foreign Affairs, Julio Ramos, and his visiting counterpart held official talks at the Ministry.`,
      ),
    ).toEqual(['Julio Ramos']);
  });

  it('reads "the Governor of X, A B, and the Director held bilateral consultations"', () => {
    expect(
      met(
        `${VISIT} The Governor of Cusco, Rosa Pardo, and the Director then held bilateral consultations on tourism.`,
      ),
    ).toEqual(['Rosa Pardo']);
  });
});

describe('received at a body\'s headquarters by "its" head', () => {
  it('reads "will be received at the headquarters of the X (ABC) by its Secretary General, A B"', () => {
    expect(
      roles(
        `${VISIT} On 5 May she will be received at the headquarters of the Andean Development Corporation (CAF) by its Secretary General, Rosa Pardo-Quispe.`,
      ),
    ).toEqual([['Rosa Pardo-Quispe', 'Secretary General', 'Andean Development Corporation']]);
  });

  it('reads "was received at the premises of the X by its Executive President, A B"', () => {
    expect(
      roles(
        `${VISIT} On 5 May he was received at the premises of the Pacific Alliance Business Council by its Executive President, Julio Ramos.`,
      ),
    ).toEqual([['Julio Ramos', 'Executive President', 'Pacific Alliance Business Council']]);
  });
});

describe('"the Honourable", "Rt Hon", "Rt. Hon." before a name are no part of the name or title', () => {
  it('reads the next sentence\'s "The Speaker, the Honourable A B, will host …" after a call on the Speaker', () => {
    expect(
      roles(
        `${VISIT} On 10 May she called on the Speaker of the Senate of Peru. The Speaker, the Honourable Julio Ramos, hosted a luncheon for the delegation.`,
      ),
    ).toEqual([['Julio Ramos', 'Speaker', 'Senate of Peru']]);
  });

  it('reads "the Speaker of X, the Honourable A B"', () => {
    expect(
      roles(
        `${VISIT} On 10 May she called on the Speaker of the Senate of Peru, the Honourable Julio Ramos.`,
      ),
    ).toEqual([['Julio Ramos', 'Speaker', 'Senate of Peru']]);
  });

  it('reads "the Speaker, the Rt Hon A B, and the Minister of X, Rt. Hon. C D"', () => {
    expect(
      roles(
        `${VISIT} On 10 May she met the Speaker of the Senate, the Rt Hon Julio Ramos, and the Minister of Trade, Rt. Hon. Rosa Pardo.`,
      ),
    ).toEqual([
      ['Julio Ramos', 'Speaker', 'Senate'],
      ['Rosa Pardo', 'Minister of Trade', 'Ministry of Trade'],
    ]);
  });

  it('reads "was received by the Right Honourable A B, Prime Minister"', () => {
    expect(
      met(`${VISIT} In Lima she was received by the Right Honourable Julio Ramos, Prime Minister.`),
    ).toEqual(['Julio Ramos']);
  });
});

describe('a Vietnamese family name written first in capitals, accented capitals among them', () => {
  it('reads "the Deputy Prime Minister of Viet Nam, PHẠM Văn Đức, and … with LÊ Thị Thu Hà, President of X"', () => {
    expect(
      met(
        `${VISIT} In Hanoi she was received by the Deputy Prime Minister of Viet Nam, PHẠM Văn Đức, and held talks with LÊ Thị Thu Hà, President of the Women's Union.`,
      ),
    ).toEqual(['PHẠM Văn Đức', 'LÊ Thị Thu Hà']);
  });

  it('reads "met VŨ Đình Quang, Minister of Trade" and "met the Governor, HOÀNG Minh Tuấn"', () => {
    expect(
      met(
        `${VISIT} In Hanoi she met VŨ Đình Quang, Minister of Trade, and the Governor of the Bank, HOÀNG Minh Tuấn.`,
      ),
    ).toEqual(['VŨ Đình Quang', 'HOÀNG Minh Tuấn']);
  });
});
