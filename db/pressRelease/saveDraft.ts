import type { Database } from 'better-sqlite3';
import type { SaveInput, SaveResult } from '../api.js';
import { backupBefore } from '../backup/backupRotation.js';
import { fold } from '../values/fold.js';
import { ArchiveError } from '../errors.js';
import { findOneNamed } from '../records/namedRecords.js';
import { statement } from '../query/statement.js';
import { saveTogether, type WriteContext } from '../write/write.js';
import type { Draft, DraftParticipant } from './draft.js';
import { cityCountry, findCities } from './gazetteer.js';
import { matchOnePerson, peopleIndex } from './matchPeople.js';

export interface SavedDraft {
  visitId: string;
  meetingIds: string[];
  sourceId: string;
  /** People the save created; the others were already in the archive. */
  createdPeople: string[];
}

type Save = (input: SaveInput) => SaveResult;

function create(save: Save, table: SaveInput['table'], values: Record<string, unknown>): string {
  return String(save({ table, values }).record.id);
}

function organisationId(
  db: Database,
  save: Save,
  p: DraftParticipant,
  made: Map<string, string>,
): string | null {
  if (p.organisation_id) return p.organisation_id;
  const named = (name: string, values: Record<string, unknown>) => {
    const key = fold(name);
    let id = made.get(key) ?? findOneNamed(db, 'organisations', name);
    id ??= create(save, 'organisations', { name, ...values });
    made.set(key, id);
    return id;
  };
  const parent = p.organisation
    ? named(p.organisation, {
        country: p.country,
        kind: /^Ministry\b/.test(p.organisation) ? 'ministry' : null,
      })
    : null;
  return p.department
    ? named(p.department, { country: p.country, kind: 'department', parent_id: parent })
    : parent;
}

function titleHeld(db: Database, personId: string, title: string): boolean {
  return (
    statement(
      db,
      'SELECT 1 FROM positions WHERE person_id = ? AND title_fold = ? AND deleted_at IS NULL',
    ).get(personId, fold(title)) !== undefined
  );
}

function topicId(db: Database, save: Save, name: string, made: Map<string, string>): string {
  const key = fold(name);
  const found = statement(
    db,
    'SELECT id FROM topics WHERE name_fold = ? AND deleted_at IS NULL LIMIT 1',
  ).get(key) as { id: string } | undefined;
  const id = made.get(key) ?? found?.id ?? create(save, 'topics', { name });
  made.set(key, id);
  return id;
}

/**
 * Saves a reviewed draft: the visit, its meetings and participants, the people, positions,
 * organisations and topics the archive did not hold yet, the events announced, and the text as
 * their source, in one transaction recorded as ONE action, so that one undo removes it all.
 */
export function saveDraft(db: Database, draft: Draft, ctx?: WriteContext): SavedDraft {
  // The timeline places visits by date: one without must be meant so.
  if (!draft.visit.start_date && !draft.visit.date_unknown) {
    throw new ArchiveError('invalid_input', 'errors.saveDraft.noDate');
  }
  return saveTogether(
    db,
    (save) => {
      const orgs = new Map<string, string>();
      const people = new Map<string, string>();
      const topics = new Map<string, string>();
      const createdPeople: string[] = [];
      const { visit } = draft;
      const index = peopleIndex(db);
      const personId = (name: string, country: string | null, known?: string, fresh = false) => {
        const key = fold(name);
        // Someone the reviewer marked as new is created even when the name matches another.
        let id = fresh
          ? undefined
          : (known ?? people.get(key) ?? matchOnePerson(db, name, index)?.id);
        if (!id) {
          id = create(save, 'people', { name, country });
          createdPeople.push(id);
        }
        if (!fresh) people.set(key, id);
        return id;
      };
      const place = visit.places[0];
      // The source first, so that each record names it in its own `source_ids`: then undo and
      // redo take the links away and bring them back with the records.
      const sourceId = create(save, 'sources', {
        title: visit.title,
        date: draft.source_date ?? visit.start_date,
        kind: 'press release',
        text: draft.source,
      });
      const source_ids = [sourceId];
      const { traveller } = visit;
      const travellerId = traveller
        ? personId(traveller.name, null, traveller.person_id, traveller.new_person)
        : null;
      const travellerTitle = visit.traveller?.title;
      // The traveller's title is a position like a counterpart's, when the archive lacks it.
      if (travellerId && travellerTitle && !titleHeld(db, travellerId, travellerTitle)) {
        save({
          table: 'positions',
          values: { person_id: travellerId, title: travellerTitle, start_date: visit.start_date },
        });
      }
      const today = new Date().toISOString().slice(0, 10);
      const visitId = create(save, 'visits', {
        title: visit.title,
        traveller_id: travellerId,
        city: place?.city ?? null,
        country: place?.country ?? null,
        start_date: visit.start_date,
        end_date: visit.end_date,
        status: visit.start_date && visit.start_date > today ? 'planned' : 'completed',
        source_ids,
      });
      const meetingIds = draft.meetings.map((m) => {
        const participants = m.participants.map((p) => {
          const person = personId(p.name, p.country, p.person_id, p.new_person);
          const organisation = organisationId(db, save, p, orgs);
          if (p.title && !titleHeld(db, person, p.title)) {
            const start = m.date ?? visit.start_date;
            save({
              table: 'positions',
              values: {
                person_id: person,
                organisation_id: organisation,
                title: p.title,
                start_date: start,
              },
            });
          }
          return {
            person_id: person,
            organisation_id: organisation,
            title: p.title,
            side: 'counterpart',
          };
        });
        return create(save, 'meetings', {
          visit_id: visitId,
          date: m.date,
          city: place?.city ?? null,
          country: place?.country ?? null,
          venue: m.venue,
          summary: m.topics.join('; ') || null,
          outcomes: m.outcomes.join(' ') || null,
          atmosphere: m.atmosphere ?? null,
          participants,
          topic_ids: m.topics.map((t) => topicId(db, save, t, topics)),
          source_ids,
        });
      });
      for (const e of draft.events) {
        const city = e.place ? (findCities(e.place)[0]?.city ?? null) : null;
        create(save, 'events', {
          title: e.title,
          start_date: e.date,
          city,
          country: city ? cityCountry(city) : null,
          status: 'planned',
          source_ids,
        });
      }
      return { visitId, meetingIds, sourceId, createdPeople };
    },
    ctx,
  );
}

/** Saves a draft after backing the archive up, as every import does. */
export async function importDraft(
  db: Database,
  draft: Draft,
  ctx?: WriteContext,
): Promise<SavedDraft> {
  await backupBefore(db, 'import');
  return saveDraft(db, draft, ctx);
}
