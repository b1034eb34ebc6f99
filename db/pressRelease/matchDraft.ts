import type { Database } from 'better-sqlite3';
import { fold } from '../fold.js';
import { statement } from '../statement.js';
import type { Draft, DraftParticipant } from './draft.js';
import { personKey, surnameOf } from './people.js';

interface PersonRow {
  id: string;
  name: string;
  aliases: string;
}

/**
 * The live person a name stands for: the same name, one of their aliases, or the same initial
 * and surname ("A. Lukin" for "Alexander Lukin"). Null when no one, or more than one, fits.
 */
export function findPerson(db: Database, name: string): string | null {
  const folded = fold(name);
  const exact = statement(
    db,
    `SELECT id FROM people WHERE deleted_at IS NULL AND (name_fold = ? OR instr(char(10) || aliases_fold || char(10), char(10) || ? || char(10)) > 0)`,
  ).all(folded, folded) as { id: string }[];
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1) return null;
  const surname = fold(surnameOf(name));
  const candidates = statement(
    db,
    `SELECT id, name, aliases FROM people WHERE deleted_at IS NULL AND (name_fold LIKE ? ESCAPE '\\' OR aliases_fold LIKE ? ESCAPE '\\')`,
  ).all(`%${escapeLike(surname)}`, `%${escapeLike(surname)}%`) as PersonRow[];
  const key = personKey(folded);
  const fits = candidates.filter((p) =>
    [p.name, ...(JSON.parse(p.aliases) as string[])].some((n) => personKey(fold(n)) === key),
  );
  return fits.length === 1 ? fits[0]!.id : null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The live organisation of that name or acronym, or null. */
export function findOrganisation(db: Database, name: string): string | null {
  const folded = fold(name);
  const rows = statement(
    db,
    `SELECT id FROM organisations WHERE deleted_at IS NULL AND (name_fold = ? OR acronym_fold = ?) LIMIT 2`,
  ).all(folded, folded) as { id: string }[];
  return rows.length === 1 ? rows[0]!.id : null;
}

function matchParticipant(db: Database, p: DraftParticipant): DraftParticipant {
  const person_id = p.person_id ?? findPerson(db, p.name);
  const orgName = p.department ?? p.organisation;
  const organisation_id = p.organisation_id ?? (orgName ? findOrganisation(db, orgName) : null);
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
