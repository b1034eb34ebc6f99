import { describe, expect, it } from 'vitest';
import { met, roles, russianVisit } from '../test/peopleMet.js';

describe('"Пётр" in a case that drops its "ё" (Russian)', () => {
  it('is given back its "ё" in a release that writes "ё"', () => {
    expect(
      met(`${russianVisit('Озёрск')}Там он провёл переговоры с главой города Петром Сурминым.`),
    ).toEqual(['Пётр Сурмин']);
  });

  it('stays "Петр" in a release that writes no "ё" (guard)', () => {
    expect(
      met(`${russianVisit('Озерск')}Там он провел переговоры с главой города Петром Сурминым.`),
    ).toEqual(['Петр Сурмин']);
  });

  it('stays "Петр" where the release writes it so (guard)', () => {
    expect(
      met(
        `${russianVisit('Озёрск')}Там он провёл переговоры с главой города Петром Сурминым. ` +
          'Петр Сурмин рассказал о планах города.',
      ),
    ).toEqual(['Петр Сурмин']);
  });
});
