import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Row } from '../../db/api.js';
import { participantLabel } from '../../db/records/relatedRecords.js';
import { callApi, type Handlers } from '../../db/service.js';
import { openDemoArchive, type DemoArchive } from './demoArchive.js';

let archive: DemoArchive;
let db: Database.Database;
let handlers: Handlers;

beforeAll(async () => {
  archive = await openDemoArchive({ visits: 60, seed: 11 });
  ({ db, handlers } = archive);
});

afterAll(() => archive.close());

async function value<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>) {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('participantLabel', () => {
  test('reads "Name (Title, Organisation)", leaving out what is unknown', () => {
    expect(participantLabel({ person: 'A. Lukin', title: 'Director', organisation: 'MFA' })).toBe(
      'A. Lukin (Director, MFA)',
    );
    expect(participantLabel({ person: 'A. Lukin', title: null, organisation: null })).toBe(
      'A. Lukin',
    );
    expect(participantLabel({ person: null, title: null, organisation: 'MFA' })).toBe('MFA');
  });
});

describe('getRecord', () => {
  test('gives a visit with its meetings by date, each naming its participants', async () => {
    const { rows } = await value(
      callApi(handlers, 'listRecords', {
        table: 'visits',
        where: [{ field: 'meeting_count', op: 'after', value: 1 }],
        limit: 1,
      }),
    );
    const visit = rows[0]!;
    const detail = await value(
      callApi(handlers, 'getRecord', { table: 'visits', id: String(visit.id) }),
    );
    expect(detail.record).toMatchObject({ id: visit.id, title: visit.title });
    const meetings = detail.related.meetings ?? [];
    expect(meetings).toHaveLength(Number(visit.meeting_count));
    const dates = meetings.map((m) => String(m.date));
    expect(dates).toEqual([...dates].sort());
    const withPeople = meetings.find((m) => m.participants !== '');
    expect(withPeople?.participants).toMatch(/^[^;]+( \([^)]+\))?(; [^;]+)*$/);
  });

  test("gives a meeting's participants and a person's positions", async () => {
    const participant = db
      .prepare(
        'SELECT meeting_id, person_id FROM meeting_participants WHERE person_id IS NOT NULL LIMIT 1',
      )
      .get() as { meeting_id: string; person_id: string };
    const meeting = await value(
      callApi(handlers, 'getRecord', { table: 'meetings', id: participant.meeting_id }),
    );
    const people = meeting.related.participants ?? [];
    const row = people.find((p: Row) => p.person_id === participant.person_id);
    expect(row?.name).toBe(
      participantLabel({
        person: row?.person as string,
        title: row?.title as string | null,
        organisation: row?.organisation as string | null,
      }),
    );
    const holder = db
      .prepare('SELECT person_id, count(*) AS n FROM positions GROUP BY person_id LIMIT 1')
      .get() as {
      person_id: string;
      n: number;
    };
    const person = await value(
      callApi(handlers, 'getRecord', { table: 'people', id: holder.person_id }),
    );
    expect(person.related.positions).toHaveLength(holder.n);
  });

  test("gives an organisation's departments and positions, and a meeting's topics", async () => {
    const parent = db
      .prepare(
        'SELECT parent_id, count(*) AS n FROM organisations WHERE parent_id IS NOT NULL GROUP BY parent_id LIMIT 1',
      )
      .get() as { parent_id: string; n: number };
    const org = await value(
      callApi(handlers, 'getRecord', { table: 'organisations', id: parent.parent_id }),
    );
    expect(org.related.departments).toHaveLength(parent.n);
    const staff = db
      .prepare('SELECT count(*) FROM positions WHERE organisation_id = ?')
      .pluck()
      .get(parent.parent_id);
    expect(org.related.positions).toHaveLength(Number(staff));
    const linked = db
      .prepare('SELECT meeting_id, count(*) AS n FROM meeting_topics GROUP BY meeting_id LIMIT 1')
      .get() as { meeting_id: string; n: number };
    const meeting = await value(
      callApi(handlers, 'getRecord', { table: 'meetings', id: linked.meeting_id }),
    );
    expect(meeting.related.topics).toHaveLength(linked.n);
  });

  test('still opens a record in the trash', async () => {
    const id = (db.prepare('SELECT id FROM topics LIMIT 1').pluck().get() as string) ?? '';
    expect((await callApi(handlers, 'deleteRecords', { table: 'topics', ids: [id] })).ok).toBe(
      true,
    );
    const detail = await value(callApi(handlers, 'getRecord', { table: 'topics', id }));
    expect(detail.record.id).toBe(id);
  });

  test('answers not_found for a record that does not exist', async () => {
    const result = await callApi(handlers, 'getRecord', { table: 'visits', id: 'no-such-id' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
