import { describe, expect, test } from 'vitest';
import type { PressReleaseDraft } from '../../db/api.js';
import { tIn } from '../../i18n/messages.js';
import { draftCounts } from '../pressRelease/draftCounts.js';
import { emptyParticipant, withValue, withoutItem } from '../pressRelease/draftEdit.js';
import { draftProblems } from '../pressRelease/draftProblems.js';
import { evidenceSegments } from '../pressRelease/evidenceSegments.js';
import { selectedDate } from '../pressRelease/selectedDate.js';
import { asParticipant } from '../pressRelease/selectionEdits.js';
import { labelArchiveChange } from '../changes/labelArchiveChange.js';

const SOURCE = 'On 12 March 2025 Kairat Sarybay met Sergey Lavrov and Ahmet Yildiz.';
/** Where words stand in the source, as the draft marks them. */
const at = (words: string): [number, number] => {
  const start = SOURCE.indexOf(words);
  return [start, start + words.length];
};

function draft(): PressReleaseDraft {
  return {
    visit: {
      title: 'Talks in Moscow',
      traveller: { name: 'Kairat Sarybay', title: null },
      places: [{ city: 'Moscow', country: 'RU' }],
      start_date: null,
      end_date: null,
    },
    meetings: [
      {
        date: null,
        venue: null,
        participants: [
          { ...emptyParticipant(), name: 'Sergey Lavrov', person_id: 'p1' },
          { ...emptyParticipant(), name: 'Ahmet Yildiz', organisation: 'MFA of Türkiye' },
        ],
        topics: ['summit', 'Summit'],
        outcomes: [],
        atmosphere: null,
      },
    ],
    events: [],
    unplaced: [],
    warnings: [],
    unsure: [],
    source: SOURCE,
    spans: {
      'visit.start_date': [at('12 March 2025')],
      'meetings.0.participants.0.name': [at('Sergey Lavrov')],
      'meetings.0.participants.1.name': [at('Ahmet Yildiz')],
    },
  };
}

describe('reviewing a press release draft', () => {
  test('a draft without a date cannot be saved until its date is given or marked unknown', () => {
    const d = draft();
    expect(draftProblems(d).get('visit.start_date')).toBe('pressRelease.noDate');
    expect(draftProblems({ ...d, visit: { ...d.visit, date_unknown: true } }).size).toBe(0);
    expect(draftProblems({ ...d, visit: { ...d.visit, start_date: '2025-03' } }).size).toBe(0);
  });

  test('the confirmation counts each kind of record once, linked people apart', () => {
    expect(draftCounts(draft())).toEqual({
      visits: 1,
      meetings: 1,
      people: 2,
      linked: 1,
      positions: 0,
      linkedPositions: 0,
      organisations: 1,
      events: 0,
      topics: 1,
      sources: 1,
    });
  });

  test('the confirmation counts the titles held it will create, a linked traveller apart', () => {
    const d = draft();
    const [meeting] = d.meetings;
    if (!meeting) throw new Error('the draft has a meeting');
    const titled = {
      ...d,
      visit: {
        ...d.visit,
        traveller: { name: 'Кайрат Сарыбай', title: 'Генеральный секретарь', person_id: 'p9' },
      },
      meetings: [
        {
          ...meeting,
          participants: [
            { ...emptyParticipant(), name: 'Sergey Lavrov', person_id: 'p1', title: 'Minister' },
            { ...emptyParticipant(), name: 'Ahmet Yildiz', title: 'Deputy Minister' },
          ],
        },
        // The same person with the same title in a second meeting holds one position.
        {
          ...meeting,
          participants: [{ ...emptyParticipant(), name: 'Ahmet Yildiz', title: 'Deputy Minister' }],
        },
      ],
    };
    expect(draftCounts(titled)).toMatchObject({
      people: 1,
      linked: 2,
      positions: 1,
      linkedPositions: 2,
    });
  });

  test('a renamed traveller is no longer the archive person the draft matched', () => {
    const d = draft();
    const match = { id: 'p9', name: 'Kairat Sarybay', reason: 'spelling' as const };
    const linked = {
      ...d,
      visit: {
        ...d.visit,
        traveller: { name: 'Кайрат Сарыбай', title: null, person_id: 'p9', person_match: match },
      },
    };
    expect(
      withValue(linked, ['visit', 'traveller', 'title'], 'Генеральный секретарь').visit.traveller,
    ).toMatchObject({ person_id: 'p9' });
    const renamed = withValue(linked, ['visit', 'traveller', 'name'], 'Другой Человек');
    expect(renamed.visit.traveller).toEqual({ name: 'Другой Человек', title: null });
  });

  test('selected words are read as dates in English, Russian and Turkish', () => {
    expect(selectedDate('12 March 2025')).toBe('2025-03-12');
    expect(selectedDate('March 12, 2025')).toBe('2025-03-12');
    expect(selectedDate('18 сентября 2025 года')).toBe('2025-09-18');
    expect(selectedDate('3 мая 2024')).toBe('2024-05-03');
    expect(selectedDate('20 Mayıs 2025')).toBe('2025-05-20');
    expect(selectedDate('Ağustos 2023')).toBe('2023-08');
    expect(selectedDate('2023-9-5')).toBe('2023-09-05');
    expect(selectedDate('Sergey Lavrov')).toBeNull();
  });

  test('marks follow their fields when a person is removed, and selected words add one', () => {
    const removed = withoutItem(draft(), ['meetings', 0, 'participants'], 0);
    expect(removed.spans).toEqual({
      'visit.start_date': [at('12 March 2025')],
      'meetings.0.participants.0.name': [at('Ahmet Yildiz')],
    });
    const added = asParticipant(removed, 0, {
      text: 'Sergey Lavrov',
      start: at('Sergey Lavrov')[0],
      end: at('Sergey Lavrov')[1],
    });
    expect(added.meetings[0]?.participants.map((p) => p.name)).toEqual([
      'Ahmet Yildiz',
      'Sergey Lavrov',
    ]);
    const marks = evidenceSegments(added).filter((s) => s.kind);
    expect(marks.map((s) => [s.text, s.kind, s.paths])).toEqual([
      ['12 March 2025', 'date', ['visit.start_date']],
      ['Sergey Lavrov', 'person', ['meetings.0.participants.1.name']],
      ['Ahmet Yildiz', 'person', ['meetings.0.participants.0.name']],
    ]);
  });

  test('undoing an import names it by its visit', () => {
    const d = draft();
    const label = labelArchiveChange({
      method: 'savePressRelease',
      input: { draft: d },
      value: { visitId: 'v1', meetingIds: [], sourceId: 's1', createdPeople: [] },
    });
    expect(label.kind).toBe('label');
    if (label.kind !== 'label') return;
    expect(tIn('en', label.what.key, label.what.params)).toBe('import of Talks in Moscow');
  });
});
