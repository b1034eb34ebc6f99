import { archive } from '../api.js';
import type { HeldPosition } from './positionOn.js';

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** Every live position of a person, as the archive lists them. */
export async function positionsOf(personId: string): Promise<HeldPosition[]> {
  const { rows } = await archive.listRecords({
    table: 'positions',
    where: [{ field: 'person_id', op: 'equals', value: personId }],
    columns: ['title', 'organisation_id', 'organisation', 'start_date', 'end_date'],
    limit: 500,
  });
  return rows.map((row) => ({
    title: text(row.title),
    organisationId: row.organisation_id ? String(row.organisation_id) : null,
    organisation: row.organisation ? String(row.organisation) : null,
    start: text(row.start_date),
    end: text(row.end_date),
  }));
}
