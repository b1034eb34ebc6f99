import type { Database } from 'better-sqlite3';
import { findOneNamed } from '../records/namedRecords.js';
import type { Draft, DraftParticipant } from './draft.js';

function matchParticipant(db: Database, p: DraftParticipant): DraftParticipant {
  const person_id = p.person_id ?? findOneNamed(db, 'people', p.name);
  const orgName = p.department ?? p.organisation;
  const organisation_id =
    p.organisation_id ?? (orgName ? findOneNamed(db, 'organisations', orgName) : null);
  return {
    ...p,
    ...(person_id ? { person_id } : {}),
    ...(organisation_id ? { organisation_id } : {}),
  };
}

/** Links the draft's people and organisations to those the archive already holds. */
export function matchDraft(db: Database, draft: Draft): Draft {
  return {
    ...draft,
    meetings: draft.meetings.map((m) => ({
      ...m,
      participants: m.participants.map((p) => matchParticipant(db, p)),
    })),
  };
}
