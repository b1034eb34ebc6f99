import { describe, expect, test } from 'vitest';
import { generateDemo } from '../demo/demo.js';
import { RELATED_LIMIT, meetingsOfPerson } from '../records/relatedMeetings.js';
import { relatedRecords } from '../records/relatedRecords.js';
import { deleteRecords } from '../write/write.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

function archive() {
  const { db } = tempArchive();
  const mfa = create(db, 'organisations', { name: 'Ministry of Foreign Affairs' });
  const un = create(db, 'organisations', { name: 'United Nations' });
  const lukin = create(db, 'people', { name: 'Alexander Lukin' });
  const petrova = create(db, 'people', { name: 'Anna Petrova' });
  const gone = create(db, 'people', { name: 'Trashed Person' });
  const post = (person: string, org: string | null, title: string, start: string, end?: string) =>
    create(db, 'positions', {
      person_id: person,
      organisation_id: org,
      title,
      start_date: start,
      ...(end ? { end_date: end } : {}),
    });
  const adviser = post(lukin, mfa, 'Adviser', '2015', '2018');
  const deputy = post(lukin, mfa, 'Deputy Minister', '2019');
  const envoy = post(petrova, un, 'Envoy', '2018-03', '2020');
  const director = post(petrova, mfa, 'Director', '2020-06', '2022');
  post(gone, mfa, 'Clerk', '2010');
  deleteRecords(db, { table: 'people', ids: [gone] });
  const visit = create(db, 'visits', { title: 'Visit to Astana', city: 'Astana', country: 'KZ' });
  const early = create(db, 'meetings', {
    date: '2019-05',
    visit_id: visit,
    city: 'Astana',
    country: 'KZ',
    participants: [
      { person_id: lukin, organisation_id: mfa, title: 'Deputy Minister' },
      { person_id: petrova, organisation_id: mfa, title: 'Director' },
    ],
  });
  const late = create(db, 'meetings', {
    date: '2021-03-02',
    city: 'Geneva',
    country: 'CH',
    participants: [{ person_id: lukin, organisation_id: un, title: 'Observer' }],
  });
  const undated = create(db, 'meetings', {
    visit_id: visit,
    participants: [{ person_id: petrova, organisation_id: un }],
  });
  const trashed = create(db, 'meetings', {
    date: '2022',
    participants: [{ person_id: lukin, organisation_id: mfa }],
  });
  deleteRecords(db, { table: 'meetings', ids: [trashed] });
  return {
    db,
    mfa,
    un,
    lukin,
    petrova,
    adviser,
    deputy,
    envoy,
    director,
    visit,
    early,
    late,
    undated,
  };
}

describe('related records of people and organisations', () => {
  test('a person’s live meetings newest first, with the title held there, and positions oldest first', () => {
    const a = archive();
    const related = relatedRecords(a.db, 'people', a.lukin);
    expect(related.meetings).toEqual([
      {
        id: a.late,
        date: '2021-03-02',
        visit_id: null,
        visit: null,
        city: 'Geneva',
        country: 'CH',
        title: 'Observer',
      },
      {
        id: a.early,
        date: '2019-05',
        visit_id: a.visit,
        visit: 'Visit to Astana',
        city: 'Astana',
        country: 'KZ',
        title: 'Deputy Minister',
      },
    ]);
    expect(related.positions?.map((p) => [p.id, p.title, p.organisation])).toEqual([
      [a.adviser, 'Adviser', 'Ministry of Foreign Affairs'],
      [a.deputy, 'Deputy Minister', 'Ministry of Foreign Affairs'],
    ]);
    // Undated meetings come after dated ones.
    expect(relatedRecords(a.db, 'people', a.petrova).meetings?.map((m) => m.id)).toEqual([
      a.early,
      a.undated,
    ]);
  });

  test('an organisation’s people (one row per live post, current first) and meetings', () => {
    const a = archive();
    const related = relatedRecords(a.db, 'organisations', a.mfa);
    expect(related.people).toEqual([
      {
        id: a.deputy,
        person_id: a.lukin,
        name: 'Alexander Lukin',
        title: 'Deputy Minister',
        start_date: '2019',
        end_date: null,
      },
      {
        id: a.director,
        person_id: a.petrova,
        name: 'Anna Petrova',
        title: 'Director',
        start_date: '2020-06',
        end_date: '2022',
      },
      {
        id: a.adviser,
        person_id: a.lukin,
        name: 'Alexander Lukin',
        title: 'Adviser',
        start_date: '2015',
        end_date: '2018',
      },
    ]);
    // One row per meeting, however many represented the organisation there.
    expect(related.meetings).toEqual([
      {
        id: a.early,
        date: '2019-05',
        visit_id: a.visit,
        visit: 'Visit to Astana',
        city: 'Astana',
        country: 'KZ',
        people: 'Alexander Lukin; Anna Petrova',
      },
    ]);
    expect(relatedRecords(a.db, 'organisations', a.un).meetings?.map((m) => m.id)).toEqual([
      a.late,
      a.undated,
    ]);
    expect(Object.keys(related)).toEqual(
      expect.arrayContaining(['people', 'meetings', 'positions', 'departments']),
    );
  });

  test('the newest 500 are found whether the record took part recently or long ago', () => {
    const { db } = tempArchive();
    const early = create(db, 'people', { name: 'Former Head' });
    const late = create(db, 'people', { name: 'Current Head' });
    const insertMeeting = db.prepare(
      `INSERT INTO meetings (id, date, date_lo, date_hi, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2024-01-01', '2024-01-01')`,
    );
    const insertParticipant = db.prepare(
      'INSERT INTO meeting_participants (id, meeting_id, person_id, ord) VALUES (?, ?, ?, 0)',
    );
    // 3,000 meetings, one a day: the former head in the first 600, the current in the last 600;
    // past 100 participations, the newest 1,000 are searched first.
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) {
        const day = new Date(Date.UTC(1950, 0, 1 + i)).toISOString().slice(0, 10);
        insertMeeting.run(`m${i}`, day, day, day);
        if (i < 600) insertParticipant.run(`pe${i}`, `m${i}`, early);
        if (i >= 2400) insertParticipant.run(`pl${i}`, `m${i}`, late);
      }
    })();
    const ids = (person: string) =>
      meetingsOfPerson(db, person, { many: 100, recent: 1000 }).map((m) => m.id);
    expect(ids(late)).toEqual(Array.from({ length: 500 }, (_, k) => `m${2999 - k}`));
    expect(ids(early)).toEqual(Array.from({ length: 500 }, (_, k) => `m${599 - k}`));
  });

  test('a record taking part in many meetings lists its newest, at most 500', () => {
    const { db } = tempArchive();
    generateDemo(db, { visits: 400, seed: 3 });
    // The busiest participant of the demo: the secretariat's head.
    const { person_id: busiest, n } = db
      .prepare(
        `SELECT person_id, count(*) AS n FROM meeting_participants
          GROUP BY person_id ORDER BY n DESC LIMIT 1`,
      )
      .get() as { person_id: string; n: number };
    expect(n).toBeGreaterThan(RELATED_LIMIT);
    const meetings = relatedRecords(db, 'people', busiest).meetings ?? [];
    expect(meetings).toHaveLength(RELATED_LIMIT);
    const newest = db
      .prepare(
        `SELECT m.id FROM meetings m
          WHERE m.deleted_at IS NULL
            AND m.id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = ?)
          ORDER BY m.date_lo DESC, m.rid DESC LIMIT ${RELATED_LIMIT}`,
      )
      .pluck()
      .all(busiest);
    expect(meetings.map((m) => m.id)).toEqual(newest);
  });
});
