import { describe, expect, it } from 'vitest';
import { met } from '../test/peopleMet.js';

describe('a short given name in "-а" in the instrumental before a surname that does not decline (Russian)', () => {
  it('reads «Исой» before a surname in "-и" as «Иса»', () => {
    expect(
      met(
        '5–6 мая Министр промышленности Российской Федерации Иван Смирнов находился с визитом в Азербайджане. 5 мая он встретился с ректором Бакинского университета Исой Мамедли.',
      ),
    ).toEqual(['Иса Мамедли']);
  });
});
