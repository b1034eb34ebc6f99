import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const VISIT =
  'The President of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('a counterpart placed by a title next to the name, whatever the title or the verb', () => {
  it('reads a title of a body with no comma, then the name, then any verb', () => {
    expect(
      met(
        `${VISIT}In Varnok, Reeve of the Hollin Vale Anwe Tregellis Morvah showed the delegation ` +
          'the old mill.',
      ),
    ).toContain('Anwe Tregellis Morvah');
  });

  it('reads such a title in a clause of the place the visitors went on to', () => {
    expect(
      met(
        `${VISIT}In the afternoon the delegation drove to Caddow, where Warden of the Marches of ` +
          'Caddow Orrin Bellweather recounted how the valley was settled.',
      ),
    ).toContain('Orrin Bellweather');
  });

  it('reads a name set off by commas after an office the reader has no word for', () => {
    expect(
      met(
        `${VISIT}On Thursday the delegation sailed to Pell, where the Harbour Reeve of Pell, ` +
          'Garrow Tindle, recounted the history of the port.',
      ),
    ).toContain('Garrow Tindle');
  });

  it('reads the first of two local heads, set off by commas, with a particle in the name', () => {
    expect(
      met(
        `${VISIT}The Warden of Oskel, Brannoc Hale de Vries, and the customary elder (tanokh) ` +
          'Idrel Sarn Mavoe recounted how the ban protects the fields.',
      ),
    ).toContain('Brannoc Hale de Vries');
  });

  it('reads a name before a title of a body set off by commas', () => {
    expect(
      met(
        `${VISIT}On Friday, Ilse Varro Dunmere, Reeve of the Tessel Commons, recounted the ` +
          'history of the common grazing to the delegation.',
      ),
    ).toContain('Ilse Varro Dunmere');
  });

  it('reads a community’s office in its own language after the town that opens the sentence', () => {
    expect(
      met(`${VISIT}In Tessel vogt comunal Ander Pell Raschid recounted the history of the valley.`),
    ).toContain('Ander Pell Raschid');
  });

  it('reads an office in small letters after the body’s capitalised name', () => {
    expect(
      met(
        `${VISIT}On Saturday, Marrow County Council member Idris Vane Colley toured the harbour ` +
          'with the delegation.',
      ),
    ).toContain('Idris Vane Colley');
  });

  it('reads an office in small letters of a body in capitals, set off by commas', () => {
    expect(
      met(
        `${VISIT}On Wednesday in Osk the keeper of the Osk Water Authority, Mr Dunstan Carrow, ` +
          'and the farmers recounted the drought of the last summer.',
      ),
    ).toContain('Dunstan Carrow');
  });
});

describe('people named by a title who are no counterparts (guards)', () => {
  it('leaves out one spoken to by telephone', () => {
    expect(
      met(
        `${VISIT}In the evening she spoke by telephone with the Warden of the Marches, Orrin ` +
          'Bellweather, about the flood.',
      ),
    ).not.toContain('Orrin Bellweather');
  });

  it('leaves out one who accompanies the visitor', () => {
    expect(
      met(
        `${VISIT}On Monday, Bram Holt, Keeper of the Grants of the Trust, accompanied the ` +
          'President to the mill.',
      ),
    ).not.toContain('Bram Holt');
  });

  it('leaves out one a place is named after', () => {
    expect(
      met(
        `${VISIT}On Friday the delegation crossed the bridge named after Reeve of the Vale ` +
          'Osric Penhallow, which was rebuilt in 1890.',
      ),
    ).not.toContain('Osric Penhallow');
  });

  it('leaves out an outsider quoted from elsewhere', () => {
    expect(
      met(
        `${VISIT}As the Prime Minister of Veldan, Oskar Brenn, said in Geneva last year, the ` +
          'valley is a model for them.',
      ),
    ).not.toContain('Oskar Brenn');
  });

  it('leaves out the visitor’s own colleague', () => {
    const names = met(
      `${VISIT}On Friday the Lantern Trust's Programme Director, Bram Holt, presented the grants ` +
        'to the village council.',
    );
    expect(names).not.toContain('Bram Holt');
  });

  it('leaves out one who held an office long ago', () => {
    expect(
      met(
        `${VISIT}In Varnok the delegation saw the mill built by the first Reeve of the Vale, ` +
          'Osric Penhallow, in 1720.',
      ),
    ).not.toContain('Osric Penhallow');
  });
});
