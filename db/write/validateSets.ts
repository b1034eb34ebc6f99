import type { MessageRef } from '../../i18n/messages.js';
import type { Database } from 'better-sqlite3';
import * as z from 'zod';
import { PARTICIPANT_SIDES } from '../api.js';
import type { TableName } from '../api.js';
import { textValue } from './fieldValue.js';
import { inputProblem, problemRef } from '../inputProblems.js';
import type { Participant } from './recordState.js';
import { referenceProblem } from './referenceProblem.js';
import { SET_SPECS, type SetName } from '../api.js';
import { label } from '../tables/label.js';

export type Report = (path: string, problem: MessageRef) => void;

const ParticipantSchema = z.strictObject({
  id: z.string().max(64).optional(),
  // The schema's own message is a catalog key, said with the field's label (inputProblems).
  person_id: z
    .string({ error: 'problems.input.whoTookPart' })
    .min(1, 'problems.input.whoTookPart')
    .max(64),
  organisation_id: z.string().max(64).nullish(),
  title: z.unknown().optional(),
  side: z.enum(PARTICIPANT_SIDES).optional(),
});

/**
 * A meeting's participants, replacing the set. An editor may send back the ids it was given, and
 * those of this meeting are kept, so a participant keeps its id across edits; others get new ones.
 */
export function participantsValue(
  db: Database,
  raw: unknown,
  current: Participant[],
  problem: Report,
): Participant[] | null {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > 1000) {
    problem('participants', { key: 'problems.participantsList' });
    return null;
  }
  const participants: Participant[] = [];
  const used = new Set<string>();
  let ok = true;
  raw.forEach((item: unknown, i) => {
    const at = `participants.${i}`;
    const parsed = ParticipantSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length > 0 ? `${at}.${issue.path.join('.')}` : at;
        const said = problemRef(inputProblem(issue, 'meetings'));
        problem(where, {
          key: 'problems.participant',
          params: { n: String(i + 1), problem: said },
        });
      }
      ok = false;
      return;
    }
    const title = textValue(label('field.title'), parsed.data.title);
    if ('problem' in title) {
      problem(`${at}.title`, {
        key: 'problems.participant',
        params: { n: String(i + 1), problem: title.problem },
      });
      ok = false;
    }
    const n = String(i + 1);
    const person = referenceProblem(db, 'people', parsed.data.person_id, {
      key: 'problems.participantLabel',
      params: { n },
    });
    if (person) problem(`${at}.person_id`, person);
    const organisation = parsed.data.organisation_id ?? null;
    const org = organisation
      ? referenceProblem(db, 'organisations', organisation, {
          key: 'problems.participantOrganisation',
          params: { n },
        })
      : null;
    if (org) problem(`${at}.organisation_id`, org);
    if (person || org) ok = false;
    const id = parsed.data.id;
    const kept =
      id !== undefined && !used.has(id) && current.some((p) => p.id === id) ? id : undefined;
    if (kept !== undefined) used.add(kept);
    participants.push({
      ...(kept === undefined ? {} : { id: kept }),
      person_id: parsed.data.person_id,
      organisation_id: organisation,
      title: 'value' in title ? title.value : null,
      side: parsed.data.side ?? 'counterpart',
    });
  });
  return ok ? participants : null;
}

export function idList(
  db: Database,
  raw: unknown,
  field: string,
  target: TableName,
  problem: Report,
): string[] | null {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string') || raw.length > 1000) {
    problem(field, {
      key: 'problems.idList',
      params: { field: label(SET_SPECS[field as SetName].label) },
    });
    return null;
  }
  const ids = [...new Set(raw as string[])].sort();
  let ok = true;
  ids.forEach((item) => {
    const refused = referenceProblem(db, target, item, label(SET_SPECS[field as SetName].label));
    if (refused) {
      problem(`${field}.${(raw as string[]).indexOf(item)}`, refused);
      ok = false;
    }
  });
  return ok ? ids : null;
}
