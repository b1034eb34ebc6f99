import { describe, expect, test } from 'vitest';
import { warningText } from '../pressRelease/draft.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { pressFixtures } from './pressFixtures.js';
import './warmReader.js';

describe('press releases written for the tests', () => {
  const fixtures = pressFixtures();

  test('there are at least fifteen of them', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const draft = extractDraft(fixture.text);
    const { expected } = fixture;
    expect(draft.visit.places[0]?.country).toBe(expected.country);
    expect([draft.visit.start_date, draft.visit.end_date]).toEqual([
      expected.start_date,
      expected.end_date,
    ]);
    const met = draft.meetings.flatMap((m) =>
      m.participants.map((p) => ({
        name: p.name,
        title: p.title,
        organisation: p.organisation,
        ...(p.department ? { department: p.department } : {}),
      })),
    );
    expect(met).toEqual(expected.counterparts);
    expect(met.map((p) => p.name)).not.toContain(draft.visit.traveller?.name);
    if (expected.cities) expect(draft.visit.places.map((p) => p.city)).toEqual(expected.cities);
    if (expected.meeting_dates) {
      expect(draft.meetings.map((m) => m.date)).toEqual(expected.meeting_dates);
    }
    if (expected.warning)
      expect(draft.warnings.map(warningText).join(' ')).toContain(expected.warning);
  });
});
