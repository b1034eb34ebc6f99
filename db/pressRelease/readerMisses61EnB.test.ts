import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

const VISIT =
  'The Director of the Lantern Trust, Anna Weller, visited Ruritania from 1 to 4 December 2026. ';

describe('the Muslim style of one who knows the Quran by heart', () => {
  it('leaves "Hafiz" out of the name of an imam', () => {
    const names = met(
      `${VISIT}In Tarsaya she was received at the Islamic Centre by its imam, Hafiz Kerim ` +
        'Abdulaev, whose congregation came from the coast.',
    );
    expect(names).toContain('Kerim Abdulaev');
    expect(names).not.toContain('Hafiz Kerim Abdulaev');
  });

  // A guard: before one name alone "Hafiz" is a given name.
  it('keeps "Hafiz" as the given name of a name of two words', () => {
    const names = met(`${VISIT}In Tarsaya she met the Mayor of Tarsaya, Hafiz Rahmanov.`);
    expect(names).toContain('Hafiz Rahmanov');
  });
});

describe('the style of a priest of the Byzantine rite among the Arbëresh', () => {
  it('leaves "Papàs" out of the name of a parish priest', () => {
    const names = met(
      `${VISIT}The last day will be spent in Lessa, where the parish priest, Papàs Nicola ` +
        'Trescastro, will show the delegation the workshop of the village.',
    );
    expect(names).toContain('Nicola Trescastro');
  });
});
