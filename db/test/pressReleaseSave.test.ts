import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { Draft } from '../pressRelease/draft.js';
import { extractDraft } from '../pressRelease/extractDraft.js';
import { findOneNamed } from '../records/namedRecords.js';
import { matchDraft } from '../pressRelease/matchDraft.js';
import { saveDraft } from '../pressRelease/saveDraft.js';
import { undo } from '../write/write.js';
import { tempArchive } from './tempArchive.js';
import './warmReader.js';

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const seed2021 = fs.readFileSync(path.join(seeds, '003_a7feb157c563fc41.txt'), 'utf8');
const seed2023 = fs.readFileSync(path.join(seeds, '000_569c24b8db26957e.txt'), 'utf8');

/** The draft as a reviewer would save it: the 2023 seed's date is marked unknown. */
function reviewed(draft: Draft): Draft {
  return draft.visit.start_date
    ? draft
    : { ...draft, visit: { ...draft.visit, date_unknown: true } };
}

function count(db: Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('saving a draft', () => {
  test('writes the visit, meetings, people, positions, organisations and the source at once', () => {
    const { db } = tempArchive();
    const saved = saveDraft(db, extractDraft(seed2021));
    const visit = db.prepare('SELECT * FROM visits WHERE id = ?').get(saved.visitId) as Record<
      string,
      unknown
    >;
    expect(visit).toMatchObject({ city: 'Moscow', country: 'RU', start_date: '2021-02-22' });
    expect(saved.meetingIds).toHaveLength(3);
    const met = db
      .prepare(
        `SELECT p.name, mp.title, o.name AS org FROM meeting_participants mp
         JOIN people p ON p.id = mp.person_id JOIN organisations o ON o.id = mp.organisation_id
         ORDER BY p.name`,
      )
      .all();
    expect(met).toEqual([
      {
        name: 'Alexander Lukin',
        title: 'Director',
        org: 'Centre for East Asian and Shanghai Cooperation Organization Studies',
      },
      { name: 'Alexander Sedov', title: 'Director', org: 'State Museum of Oriental Art' },
      {
        name: 'Vladimir Yakunin',
        title: 'Supervisory Board Chairman',
        org: 'Dialogue of Civilizations Research Institute',
      },
    ]);
    // The three counterparts' titles and the traveller's own.
    expect(count(db, 'positions')).toBe(4);
    expect(count(db, 'source_links')).toBe(4);
    const txns = db.prepare('SELECT count(DISTINCT txn) AS n FROM change_log').get();
    expect(txns).toEqual({ n: 1 });
  });

  test('one undo removes everything the save wrote', () => {
    const { db } = tempArchive();
    saveDraft(db, reviewed(extractDraft(seed2023)));
    undo(db);
    for (const table of ['visits', 'meetings', 'people', 'organisations', 'sources', 'events']) {
      expect(count(db, table), table).toBe(0);
    }
    expect(count(db, 'source_links')).toBe(0);
  });

  test('a department is saved inside its ministry', () => {
    const { db } = tempArchive();
    saveDraft(db, reviewed(extractDraft(seed2023)));
    const row = db
      .prepare(
        `SELECT d.name AS department, m.name AS ministry FROM organisations d
         JOIN organisations m ON m.id = d.parent_id WHERE d.name = 'Second Asian Department'`,
      )
      .get();
    expect(row).toEqual({
      department: 'Second Asian Department',
      ministry: 'Ministry of Foreign Affairs of the Russian Federation',
    });
    expect(count(db, 'organisations')).toBe(4);
  });

  test('importing again links the people already there instead of adding them twice', () => {
    const { db } = tempArchive();
    saveDraft(db, extractDraft(seed2021));
    const people = count(db, 'people');
    const draft = matchDraft(db, extractDraft(seed2021));
    expect(draft.meetings.every((m) => m.participants.every((p) => p.person_id))).toBe(true);
    const again = saveDraft(db, draft);
    expect(again.createdPeople).toEqual([]);
    expect(count(db, 'people')).toBe(people);
    expect(count(db, 'positions')).toBe(4);
  });

  test('a person is found by initial and surname, and a new title becomes a new position', () => {
    const { db } = tempArchive();
    saveDraft(db, extractDraft(seed2021));
    expect(findOneNamed(db, 'people', 'A. Lukin')).toBe(
      findOneNamed(db, 'people', 'Alexander Lukin'),
    );
    expect(findOneNamed(db, 'people', 'A. Lukin')).not.toBeNull();
    const draft = extractDraft(
      'Secretary General of CICA Ambassador Kairat Sarybay paid a working visit to Moscow on 3 May 2023, where he met with Rector of the Diplomatic Academy A. Lukin.',
    );
    saveDraft(db, matchDraft(db, draft));
    const titles = db
      .prepare(
        `SELECT title FROM positions JOIN people ON people.id = positions.person_id
         WHERE people.name = 'Alexander Lukin' ORDER BY title`,
      )
      .all();
    expect(titles).toEqual([{ title: 'Director' }, { title: 'Rector' }]);
  });
});
