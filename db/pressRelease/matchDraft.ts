import type { Database } from 'better-sqlite3';
import { findOneNamed } from '../records/namedRecords.js';
import type { Draft, DraftParticipant } from './draft.js';
import { evidenceSpans } from './evidenceSpans.js';
import { matchOnePerson, matchPeople, peopleIndex } from './matchPeople.js';

type People = ReturnType<typeof peopleIndex>;

/** The archive's person a name stands for and why, or the people it may stand for. */
function personOf<T extends { name: string; person_id?: string }>(
  db: Database,
  p: T,
  people: People,
): T {
  const found = p.person_id ? [] : matchPeople(db, p.name, people);
  const chosen = p.person_id ? null : matchOnePerson(db, p.name, people);
  return {
    ...p,
    ...(chosen ? { person_id: chosen.id, person_match: chosen } : {}),
    ...(found.length > 1 || (found.length === 1 && !chosen) ? { person_choices: found } : {}),
  };
}

function matchParticipant(db: Database, p: DraftParticipant, people: People): DraftParticipant {
  const orgName = p.department ?? p.organisation;
  const organisation_id =
    p.organisation_id ?? (orgName ? findOneNamed(db, 'organisations', orgName) : null);
  return {
    ...personOf(db, p, people),
    ...(organisation_id ? { organisation_id } : {}),
  };
}

/** A visit whose own dates the release does not give spans the days of its meetings, as a guess. */
function datedByMeetings(draft: Draft): Draft {
  const days = draft.meetings
    .map((m) => m.date)
    .filter((d): d is string => !!d)
    .sort();
  const [first, last] = [days[0], days.at(-1)];
  if (draft.visit.start_date || !first || !last) return draft;
  return {
    ...draft,
    visit: { ...draft.visit, start_date: first, end_date: draft.visit.end_date ?? last },
    unsure: [...new Set([...draft.unsure, 'visit.start_date', 'visit.end_date'])],
  };
}

/**
 * Links the draft's people and organisations to those the archive already holds, saying why
 * each person was chosen, and marks the words of the release each value was read from.
 */
export function matchDraft(db: Database, draft: Draft): Draft {
  const people = peopleIndex(db);
  const dated = datedByMeetings(draft);
  const { traveller } = dated.visit;
  const matched = {
    ...dated,
    // The traveller, named in the release's script, is found as the people met are.
    visit: { ...dated.visit, traveller: traveller ? personOf(db, traveller, people) : null },
    meetings: draft.meetings.map((m) => ({
      ...m,
      participants: m.participants.map((p) => matchParticipant(db, p, people)),
    })),
  };
  return { ...matched, spans: evidenceSpans(matched) };
}
