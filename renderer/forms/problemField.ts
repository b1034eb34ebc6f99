import type { ProblemDetail } from '../../db/api.js';

/** Sets whose problems name one of their rows, so that the problem is shown beside that row. */
const ROW_SETS = new Set(['participants']);

/**
 * The form field a problem of the archive is about: `values.start_date` -> `start_date`,
 * `values.participants.2.person_id` -> `participants.2.person_id`, `values.topic_ids.3` ->
 * `topic_ids`. A problem about no field of the form (or about the whole input) gives '', and is
 * shown in the summary only.
 */
export function problemField(path: string, fields: readonly string[]): string {
  const parts = path.split('.');
  if (parts[0] === 'values') parts.shift();
  const [field, index, sub] = parts;
  if (field === undefined || !fields.includes(field)) return '';
  if (ROW_SETS.has(field) && index !== undefined && /^\d+$/.test(index)) {
    return sub === undefined ? `${field}.${index}` : `${field}.${index}.${sub}`;
  }
  return field;
}

/** Every problem's message, by the form field it is about ('' for the form as a whole). */
export function problemsByField(
  problems: readonly ProblemDetail[],
  fields: readonly string[],
): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const { path, message } of problems) {
    const field = problemField(path, fields);
    const messages = byField.get(field);
    if (messages) {
      if (!messages.includes(message)) messages.push(message);
    } else byField.set(field, [message]);
  }
  return byField;
}

/** The part of a field a problem is shown beside: a participant row's field belongs to its row. */
export function fieldOwner(field: string): string {
  return field.split('.')[0] ?? field;
}

/** The element id of a form field (or of a participant row's field), for labels and links. */
export function fieldDomId(formId: string, key: string): string {
  return `${formId}-${key.replace(/\./g, '-')}`;
}

/** The id of the sentence that says what is wrong with a field. */
export function problemDomId(formId: string, key: string): string {
  return `${fieldDomId(formId, key)}-problem`;
}
