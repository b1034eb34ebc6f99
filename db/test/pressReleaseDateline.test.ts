import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { readDateline } from '../pressRelease/dateline.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { saveDraft } from '../pressRelease/saveDraft.js';
import { tempArchive } from './tempArchive.js';
import './warmReader.js';

const release = (dateline: string) =>
  [
    'Secretary General in Turkmenistan',
    `${dateline} On 11 June, the Secretary General of CICA Ambassador Kairat Sarybay met with Minister of Foreign Affairs of Turkmenistan Rashid Meredov. The talks were held in a friendly and constructive atmosphere.`,
  ].join('\n\n');

function rows(db: Database, sql: string): unknown[] {
  return db.prepare(sql).all();
}

describe('a dateline opening the release', () => {
  test.each([
    ['Ashgabat, 12 June 2024 –'],
    ['ASHGABAT, June 12, 2024 -'],
    ['Ashgabat, 12th June 2024 —'],
  ])('"%s" gives the place, the source date and the year of dates without one', (dateline) => {
    const draft = extractDraft(release(dateline));
    expect(draft.visit.places).toEqual([{ city: 'Ashgabat', country: 'TM' }]);
    expect(draft.source_date).toBe('2024-06-12');
    expect(draft.meetings[0]?.date).toBe('2024-06-11');
    expect(draft.visit.start_date).toBe('2024-06-11');
    expect(draft.meetings[0]?.participants[0]?.name).toBe('Rashid Meredov');
    // The dateline is not a sentence left over.
    expect(draft.unplaced.join(' ')).not.toMatch(/Ashgabat, /i);
  });

  test('a dateline without a year takes the year of the date given with the release', () => {
    const draft = extractDraft(release('Ashgabat, 12 June –'), { sourceDate: '2023-06-12' });
    expect(draft.visit.places).toEqual([{ city: 'Ashgabat', country: 'TM' }]);
    expect(draft.source_date).toBe('2023-06-12');
    expect(draft.meetings[0]?.date).toBe('2023-06-11');
  });

  test('a name and a date that are not a place are no dateline', () => {
    expect(readDateline('The Secretary General, 12 June 2024 – opened the forum.')).toBeNull();
    expect(readDateline('On 12 June 2024 the Secretary General arrived.')).toBeNull();
  });
});

describe('what a release says that is saved beyond the people met', () => {
  test('the words for the atmosphere are stored with the meeting', () => {
    const { db } = tempArchive();
    saveDraft(db, extractDraft(release('Ashgabat, 12 June 2024 –')));
    expect(rows(db, 'SELECT atmosphere FROM meetings')).toEqual([
      { atmosphere: 'friendly and constructive' },
    ]);
    expect(rows(db, 'SELECT date FROM sources')).toEqual([{ date: '2024-06-12' }]);
  });

  test("the traveller's title becomes a position when the archive does not hold it yet", () => {
    const { db } = tempArchive();
    const draft = extractDraft(release('Ashgabat, 12 June 2024 –'));
    saveDraft(db, draft);
    saveDraft(db, extractDraft(release('Ashgabat, 12 June 2024 –')));
    const held = `SELECT title, start_date FROM positions
      JOIN people ON people.id = positions.person_id WHERE people.name = 'Kairat Sarybay'`;
    expect(rows(db, held)).toEqual([{ title: 'Secretary General', start_date: '2024-06-11' }]);
  });
});
