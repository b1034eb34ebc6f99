import { PARTICIPANT_SIDES, type CellValue, type Row } from '../../db/api.js';
import { readDateInput } from './dateInput.js';
import type { FormField } from './formFields.js';

/** A linked record as a form holds it: its id, and the name shown for it. */
export interface LinkValue {
  id: string;
  label: string;
}

export type ParticipantSide = (typeof PARTICIPANT_SIDES)[number];

/** One row of a meeting's participants while it is edited. */
export interface ParticipantDraft {
  /** Tells rows apart while they are moved; the id of a saved row, else a new key. */
  key: string;
  id?: string;
  person: LinkValue | null;
  organisation: LinkValue | null;
  title: string;
  side: ParticipantSide;
}

/** Text fields hold a string ('' for none); the others hold what their editor edits. */
export type FormValue = string | LinkValue | null | LinkValue[] | string[] | ParticipantDraft[];
export type FormValues = Record<string, FormValue>;

function textOf(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function listOf(value: CellValue | undefined): string[] {
  if (typeof value !== 'string' || value === '') return [];
  try {
    const items: unknown = JSON.parse(value);
    return Array.isArray(items) ? items.map(String) : [value];
  } catch {
    return [value];
  }
}

function linksOf(rows: Row[] | undefined, name: string): LinkValue[] {
  return (rows ?? []).map((row) => ({ id: String(row.id), label: textOf(row[name]) }));
}

function participantsOf(rows: Row[] | undefined): ParticipantDraft[] {
  return (rows ?? []).map((row) => {
    const side = PARTICIPANT_SIDES.find((s) => s === row.side) ?? 'counterpart';
    return {
      key: String(row.id),
      id: String(row.id),
      person: row.person_id ? { id: String(row.person_id), label: textOf(row.person) } : null,
      organisation: row.organisation_id
        ? { id: String(row.organisation_id), label: textOf(row.organisation) }
        : null,
      title: textOf(row.title),
      side,
    };
  });
}

/**
 * What a form starts from: the record's fields and the sets that belong to it (`related`, as
 * getRecord gives them), or empty fields for a new record; `preset` fills fields first.
 */
export function initialValues(
  specs: readonly FormField[],
  record: Row | null,
  related: Record<string, Row[]> = {},
  preset: FormValues = {},
): FormValues {
  const values: FormValues = {};
  for (const spec of specs) {
    const raw = record?.[spec.field];
    switch (spec.editor) {
      case 'link':
        values[spec.field] =
          raw === null || raw === undefined
            ? null
            : { id: String(raw), label: textOf(record?.[spec.shown ?? spec.field]) };
        break;
      case 'topics':
        values[spec.field] = linksOf(related.topics, 'name');
        break;
      case 'sources':
        values[spec.field] = linksOf(related.sources, 'title');
        break;
      case 'aliases':
        values[spec.field] = listOf(raw);
        break;
      case 'participants':
        values[spec.field] = participantsOf(related.participants);
        break;
      case 'enum':
        // A status always holds one of its choices; a new record starts with the first.
        values[spec.field] =
          raw === null || raw === undefined ? (spec.values?.[0] ?? '') : String(raw);
        break;
      default:
        values[spec.field] = textOf(raw);
    }
  }
  return { ...values, ...preset };
}

/** One field's value as the archive takes it in a save. */
export function saveValue(spec: FormField, value: FormValue | undefined): unknown {
  switch (spec.editor) {
    case 'link':
      return value && typeof value === 'object' && 'id' in value ? value.id : null;
    case 'topics':
    case 'sources':
      return ((value ?? []) as LinkValue[]).map((link) => link.id);
    case 'aliases':
      return ((value ?? []) as string[]).map((item) => item.trim()).filter(Boolean);
    case 'participants':
      return ((value ?? []) as ParticipantDraft[]).map((p) => ({
        ...(p.id === undefined ? {} : { id: p.id }),
        person_id: p.person?.id ?? '',
        organisation_id: p.organisation?.id ?? null,
        title: p.title.trim() === '' ? null : p.title,
        side: p.side,
      }));
    case 'date':
      return readDateInput(typeof value === 'string' ? value : '').value;
    default:
      return typeof value === 'string' && value.trim() !== '' ? value : null;
  }
}

/** Every field of the form as the archive takes it. */
export function saveValues(
  specs: readonly FormField[],
  values: FormValues,
): Record<string, unknown> {
  return Object.fromEntries(specs.map((spec) => [spec.field, saveValue(spec, values[spec.field])]));
}

/**
 * The fields a save must send: those changed since the form opened (an update leaves the others
 * alone, so that the history shows what the person changed), or every field of a new record.
 */
export function changedValues(
  specs: readonly FormField[],
  initial: FormValues,
  values: FormValues,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const spec of specs) {
    const before = saveValue(spec, initial[spec.field]);
    const after = saveValue(spec, values[spec.field]);
    if (JSON.stringify(before) !== JSON.stringify(after)) changed[spec.field] = after;
  }
  return changed;
}
