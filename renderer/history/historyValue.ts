import type { CellValue, RecordDetail, Row } from '../../db/api.js';
import { cellText, type CellKind } from '../grid/cellText.js';
import { fieldLabel } from '../grid/textColumn.js';
import { t } from '../messages.js';

/** Names of linked records, by id. */
export type KnownNames = ReadonlyMap<string, string>;

/** Fields the history leaves out: the change's own time and kind already say them. */
const UNSHOWN = new Set(['id', 'created_at', 'updated_at', 'deleted_at']);

export function isShownField(field: string): boolean {
  return !UNSHOWN.has(field);
}

const KINDS: Readonly<Record<string, CellKind>> = {
  date: 'date',
  start_date: 'date',
  end_date: 'date',
  country: 'country',
  status: 'status',
};

function addPairs(names: Map<string, string>, row: Row): void {
  for (const [field, value] of Object.entries(row)) {
    if (!field.endsWith('_id') || typeof value !== 'string') continue;
    const name = row[field.slice(0, -3)];
    if (typeof name === 'string' && name) names.set(value, name);
  }
}

/**
 * The linked records a panel already knows the names of: its record's traveller, organiser or
 * parent, and the records listed under it (positions, participants, topics, departments).
 */
export function knownNames(detail: RecordDetail | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!detail) return names;
  addPairs(names, detail.record);
  for (const rows of Object.values(detail.related)) {
    for (const row of rows) {
      addPairs(names, row);
      const name = row.name ?? row.title;
      if (typeof row.id === 'string' && typeof name === 'string' && name) names.set(row.id, name);
    }
  }
  return names;
}

/** A changed field's label: a link by what it links to (`traveller_id` reads "Traveller"). */
export function historyFieldLabel(field: string): string {
  if (field === 'topic_ids') return t('history.topics');
  if (field === 'participants') return t('panel.participants');
  return fieldLabel(field.endsWith('_id') ? field.slice(0, -3) : field);
}

function participantText(value: unknown, names: KnownNames): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const p = value as Record<string, unknown>;
  const person = typeof p.person_id === 'string' ? (names.get(p.person_id) ?? p.person_id) : '';
  const about = [
    p.title,
    typeof p.organisation_id === 'string' ? names.get(p.organisation_id) : null,
  ]
    .filter((s): s is string => typeof s === 'string' && s !== '')
    .join(', ');
  return about ? `${person} (${about})` : person;
}

/**
 * A value before or after a change, as a person reads it: dates and countries as the panels show
 * them, linked records by name where known (else by id), lists joined, nothing as a dash.
 */
export function historyValue(field: string, value: unknown, names: KnownNames): string {
  const empty = t('history.empty');
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    if (field === 'participants') return value.map((p) => participantText(p, names)).join('; ');
    return value
      .map((item) => (typeof item === 'string' ? (names.get(item) ?? item) : String(item)))
      .join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  if (field.endsWith('_id') && typeof value === 'string') return names.get(value) ?? value;
  const kind = KINDS[field] ?? 'text';
  return cellText(kind, value as CellValue) || empty;
}
