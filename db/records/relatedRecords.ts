import type Database from 'better-sqlite3';
import { QuerySchema, type Query, type Row, type TableName } from '../api.js';
import { listRecords } from '../query/query.js';
import { hasSources, recordSources } from './recordSources.js';
import {
  RELATED_LIMIT,
  meetingsOfOrganisation,
  meetingsOfPerson,
  peopleOfOrganisation,
} from './relatedMeetings.js';

interface ParticipantRow {
  meeting_id: string;
  id: string;
  person_id: string | null;
  person: string | null;
  organisation_id: string | null;
  organisation: string | null;
  title: string | null;
  side: string;
}

/** How a participant reads in a list: "Name (Title, Organisation)", leaving out what is unknown. */
export function participantLabel(p: {
  person: string | null;
  title: string | null;
  organisation: string | null;
}): string {
  const about = [p.title, p.organisation].filter((s): s is string => !!s);
  const name = p.person ?? about.shift() ?? '';
  return about.length > 0 ? `${name} (${about.join(', ')})` : name;
}

function list(db: Database.Database, query: Query): Row[] {
  return listRecords(db, QuerySchema.parse({ limit: RELATED_LIMIT, withTotal: false, ...query }))
    .rows;
}

/** Participants of the given meetings, in their order, keyed by meeting id. */
function participantsOf(db: Database.Database, meetingIds: string[]): Map<string, Row[]> {
  const byMeeting = new Map<string, Row[]>();
  if (meetingIds.length === 0) return byMeeting;
  const rows = db
    .prepare(
      `SELECT mp.meeting_id, mp.id, mp.person_id, p.name AS person, mp.organisation_id,
              o.name AS organisation, mp.title, mp.side
         FROM meeting_participants mp
         LEFT JOIN people p ON p.id = mp.person_id
         LEFT JOIN organisations o ON o.id = mp.organisation_id
        WHERE mp.meeting_id IN (SELECT value FROM json_each(?))
        ORDER BY mp.meeting_id, mp.ord, mp.rid`,
    )
    .all(JSON.stringify(meetingIds)) as ParticipantRow[];
  for (const { meeting_id, ...p } of rows) {
    const row: Row = { ...p, name: participantLabel(p) };
    const those = byMeeting.get(meeting_id);
    if (those) those.push(row);
    else byMeeting.set(meeting_id, [row]);
  }
  return byMeeting;
}

/** The live topics linked to a meeting or a visit, by name. */
function topicsOf(
  db: Database.Database,
  link: 'meeting_topics' | 'visit_topics',
  id: string,
): Row[] {
  const key = link === 'meeting_topics' ? 'meeting_id' : 'visit_id';
  return db
    .prepare(
      `SELECT t.id, t.name, t.description FROM ${link} l JOIN topics t ON t.id = l.topic_id
        WHERE l.${key} = ? AND t.deleted_at IS NULL ORDER BY t.name_fold`,
    )
    .all(id) as Row[];
}

/**
 * Records that belong to one record, for its detail panel: a visit's meetings (by date, each with
 * its participants as one line) and topics, a meeting's participants and topics, a person's
 * meetings (newest first, with the title they held there) and positions (oldest first), an
 * organisation's people (one row per post), meetings, positions and departments; and the
 * `sources` of every record that names its sources. Each list holds at most RELATED_LIMIT (500)
 * rows: the newest, for lists newest first; the tables find the rest.
 */
export function relatedRecords(
  db: Database.Database,
  table: TableName,
  id: string,
): Record<string, Row[]> {
  const related = relatedByTable(db, table, id);
  return hasSources(table) ? { ...related, sources: recordSources(db, table, id) } : related;
}

function relatedByTable(
  db: Database.Database,
  table: TableName,
  id: string,
): Record<string, Row[]> {
  switch (table) {
    case 'visits': {
      const meetings = list(db, {
        table: 'meetings',
        where: [{ field: 'visit_id', op: 'equals', value: id }],
        sort: [{ field: 'date', dir: 'asc' }],
      });
      const participants = participantsOf(
        db,
        meetings.map((m) => String(m.id)),
      );
      return {
        meetings: meetings.map((m) => ({
          ...m,
          participants: (participants.get(String(m.id)) ?? []).map((p) => p.name).join('; '),
        })),
        topics: topicsOf(db, 'visit_topics', id),
      };
    }
    case 'meetings':
      return {
        participants: participantsOf(db, [id]).get(id) ?? [],
        topics: topicsOf(db, 'meeting_topics', id),
      };
    case 'people':
      return {
        meetings: meetingsOfPerson(db, id),
        positions: list(db, {
          table: 'positions',
          where: [{ field: 'person_id', op: 'equals', value: id }],
          sort: [{ field: 'start_date', dir: 'asc' }],
        }),
      };
    case 'organisations':
      return {
        people: peopleOfOrganisation(db, id),
        meetings: meetingsOfOrganisation(db, id),
        positions: list(db, {
          table: 'positions',
          where: [{ field: 'organisation_id', op: 'equals', value: id }],
          sort: [{ field: 'start_date', dir: 'asc' }],
        }),
        departments: list(db, {
          table: 'organisations',
          where: [{ field: 'parent_id', op: 'equals', value: id }],
          sort: [{ field: 'name', dir: 'asc' }],
        }),
      };
    default:
      return {};
  }
}
