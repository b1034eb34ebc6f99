/**
 * The related lists of a person's or an organisation's panel that reach through meetings and
 * positions: the meetings they took part in, newest first, and the people who held a post there.
 */
import type Database from 'better-sqlite3';
import type { Row } from '../api.js';
import { statement } from '../query/statement.js';

/** The most rows one related list holds: a panel shows the newest, and the tables find the rest. */
export const RELATED_LIMIT = 500;

/**
 * A record taking part in more than `many` meetings (the head of the secretariat takes part in
 * most) has its newest looked for among the archive's `recent` newest meetings first: while in
 * office, their newest 500 are there, found without reading all of theirs (hundreds of
 * thousands) to sort them. Other records read their own meetings and sort them.
 */
export const SEARCH_NEWEST = { many: 5000, recent: 20_000 };
export type SearchNewest = typeof SEARCH_NEWEST;

type Link = 'person_id' | 'organisation_id';

function participations(db: Database.Database, link: Link, id: string, upTo: number): number {
  return statement(
    db,
    `SELECT count(*) FROM (SELECT 1 FROM meeting_participants WHERE ${link} = ? LIMIT ?)`,
  )
    .pluck()
    .get(id, upTo) as number;
}

/**
 * The live meetings a participant of the record took part in, newest first (undated last), with
 * their visit's title, and `extra`: a column about the record's own participants there.
 */
function meetingsWith(
  db: Database.Database,
  link: Link,
  id: string,
  extra: string,
  search: SearchNewest,
): Row[] {
  const select = `SELECT m.id, m.date, m.visit_id, v.title AS visit, m.city, m.country, ${extra}`;
  const order = `ORDER BY m.date_lo DESC, m.rid DESC LIMIT ${RELATED_LIMIT}`;
  if (participations(db, link, id, search.many + 1) > search.many) {
    const newest = statement(
      db,
      `${select}
         FROM (SELECT rid FROM meetings INDEXED BY meetings_date WHERE deleted_at IS NULL
                ORDER BY date_lo DESC, rid DESC LIMIT ?) AS recent
         JOIN meetings m ON m.rid = recent.rid LEFT JOIN visits v ON v.id = m.visit_id
        WHERE EXISTS (SELECT 1 FROM meeting_participants mp INDEXED BY meeting_participants_meeting
                       WHERE mp.meeting_id = m.id AND mp.${link} = @id)
        ${order}`,
    ).all(search.recent, { id }) as Row[];
    // A full list from the newest meetings holds the newest of all: any other is older.
    if (newest.length === RELATED_LIMIT) return newest;
  }
  return statement(
    db,
    `${select}
       FROM meetings m LEFT JOIN visits v ON v.id = m.visit_id
      WHERE m.deleted_at IS NULL
        AND m.id IN (SELECT mp.meeting_id FROM meeting_participants mp WHERE mp.${link} = @id)
      ${order}`,
  ).all({ id }) as Row[];
}

// Each meeting's own participants are read through the meeting's index: left to itself, SQLite
// reads all of the record's participations (thousands) for every meeting.

/** A person's meetings, newest first, each with the title they held there. */
export function meetingsOfPerson(db: Database.Database, id: string, search = SEARCH_NEWEST): Row[] {
  return meetingsWith(
    db,
    'person_id',
    id,
    `(SELECT mp.title FROM meeting_participants mp INDEXED BY meeting_participants_meeting
       WHERE mp.meeting_id = m.id AND mp.person_id = @id ORDER BY mp.ord, mp.rid LIMIT 1) AS title`,
    search,
  );
}

/** Meetings where a participant represented the organisation, newest first, with their names. */
export function meetingsOfOrganisation(
  db: Database.Database,
  id: string,
  search = SEARCH_NEWEST,
): Row[] {
  return meetingsWith(
    db,
    'organisation_id',
    id,
    `(SELECT group_concat(p.name, '; ' ORDER BY mp.ord, mp.rid)
        FROM meeting_participants mp INDEXED BY meeting_participants_meeting
        JOIN people p ON p.id = mp.person_id
       WHERE mp.meeting_id = m.id AND mp.organisation_id = @id) AS people`,
    search,
  );
}

/**
 * The people who held a post at the organisation, one row per live post (`id` is the post's),
 * current posts first, then by when they ended and started, newest first.
 */
export function peopleOfOrganisation(db: Database.Database, id: string): Row[] {
  return statement(
    db,
    `SELECT ps.id, ps.person_id, p.name, ps.title, ps.start_date, ps.end_date
       FROM positions ps JOIN people p ON p.id = ps.person_id
      WHERE ps.organisation_id = ? AND ps.deleted_at IS NULL AND p.deleted_at IS NULL
      ORDER BY ps.end_date IS NULL DESC, ps.end_date_hi DESC, ps.start_date_lo DESC NULLS LAST,
               p.name_fold, ps.rid
      LIMIT ${RELATED_LIMIT}`,
  ).all(id) as Row[];
}
