import { describe, expect, test } from 'vitest';
import type { PressReleaseDraft } from '../../db/api.js';
import {
  emptyParticipant,
  isUnsure,
  withItem,
  withMoved,
  withoutItem,
  withValue,
} from '../pressRelease/draftEdit.js';
import { draftProblems } from '../pressRelease/draftProblems.js';

const person = (name: string, title: string | null = null) => ({
  ...emptyParticipant(),
  name,
  title,
  person_id: `id-${name}`,
});

function draft(): PressReleaseDraft {
  return {
    visit: {
      title: 'Working visit to Ashgabat',
      traveller: { name: 'Kairat Sarybay', title: 'Secretary General' },
      places: [],
      start_date: '2024-06-12',
      end_date: '2024-06-12',
    },
    meetings: [
      {
        date: '2024-06-12',
        venue: null,
        participants: [person('Ann Lee'), person('Bo Chen'), person('Cy Dorn')],
        topics: ['energy'],
        outcomes: [],
      },
      { date: null, venue: null, participants: [person('Dee Ross')], topics: [], outcomes: [] },
    ],
    events: [],
    unplaced: [],
    warnings: [],
    unsure: [
      'visit.places',
      'visit.start_date',
      'meetings.0.participants.0.title',
      'meetings.0.participants.2.title',
      'meetings.1.participants.0.organisation',
    ],
    source: 'text',
  };
}

describe('editing a press-release draft', () => {
  test('an edited field is no longer marked as a guess; the others stay marked', () => {
    const edited = withValue(draft(), ['meetings', 0, 'participants', 0, 'title'], 'Director');
    expect(edited.meetings[0]?.participants[0]?.title).toBe('Director');
    expect(isUnsure(edited, ['meetings', 0, 'participants', 0, 'title'])).toBe(false);
    expect(isUnsure(edited, ['meetings', 0, 'participants', 2, 'title'])).toBe(true);
    expect(isUnsure(edited, ['visit', 'start_date'])).toBe(true);
  });

  test('a place added and filled in settles the guess about the places', () => {
    let edited = withItem(draft(), ['visit', 'places'], { city: null, country: '' });
    expect(draftProblems(edited).get('visit.places.0.country')).toBe('pressRelease.noCountry');
    edited = withValue(edited, ['visit', 'places', 0, 'country'], 'TM');
    expect(edited.visit.places).toEqual([{ city: null, country: 'TM' }]);
    expect(isUnsure(edited, ['visit', 'places'])).toBe(false);
    expect(draftProblems(edited).size).toBe(0);
  });

  test('a renamed person is no longer the one the archive matched', () => {
    const edited = withValue(draft(), ['meetings', 0, 'participants', 1, 'name'], 'Bo Cheng');
    expect(edited.meetings[0]?.participants[1]).not.toHaveProperty('person_id');
    expect(edited.meetings[0]?.participants[0]).toHaveProperty('person_id', 'id-Ann Lee');
  });

  test('removing and moving people carries the guesses about the others with them', () => {
    const list = ['meetings', 0, 'participants'] as const;
    const removed = withoutItem(draft(), list, 0);
    expect(removed.meetings[0]?.participants.map((p) => p.name)).toEqual(['Bo Chen', 'Cy Dorn']);
    expect(removed.unsure).toContain('meetings.0.participants.1.title');
    expect(removed.unsure).not.toContain('meetings.0.participants.0.title');
    const moved = withMoved(draft(), list, 2, -1);
    expect(moved.meetings[0]?.participants.map((p) => p.name)).toEqual([
      'Ann Lee',
      'Cy Dorn',
      'Bo Chen',
    ]);
    expect(moved.unsure).toContain('meetings.0.participants.1.title');
    expect(moved.unsure).not.toContain('meetings.0.participants.2.title');
    expect(withMoved(draft(), list, 0, -1)).toEqual(draft());
  });

  test('removing a meeting renumbers the guesses of the meetings after it', () => {
    const removed = withoutItem(draft(), ['meetings'], 0);
    expect(removed.meetings).toHaveLength(1);
    expect(removed.unsure).toEqual([
      'visit.places',
      'visit.start_date',
      'meetings.0.participants.0.organisation',
    ]);
  });
});

describe('what stops a draft from being saved', () => {
  test.each(['2023', '2023-09', '2023-09-19'])('the partial date %s is accepted', (date) => {
    expect(draftProblems(withValue(draft(), ['meetings', 1, 'date'], date)).size).toBe(0);
  });

  test.each(['19/09/2023', '2023-13', 'Sept 2023'])('the date %s is refused', (date) => {
    const problems = draftProblems(withValue(draft(), ['meetings', 1, 'date'], date));
    expect(problems.get('meetings.1.date')).toBe('pressRelease.badDate');
  });

  test('an end before the start, a person or event without a name, an empty topic', () => {
    let d = withValue(draft(), ['visit', 'end_date'], '2024-05');
    d = withItem(d, ['meetings', 1, 'participants'], emptyParticipant());
    d = withItem(d, ['events'], { title: '', date: null, place: null });
    d = withValue(d, ['meetings', 0, 'topics', 0], ' ');
    expect([...draftProblems(d)]).toEqual([
      ['visit.end_date', 'pressRelease.endBeforeStart'],
      ['meetings.0.topics.0', 'pressRelease.emptyItem'],
      ['meetings.1.participants.1.name', 'pressRelease.noName'],
      ['events.0.title', 'pressRelease.noTitle'],
    ]);
  });
});
