import type { RecordDetail } from '../../db/api.js';
import { archive } from '../api.js';
import type { MergeLinks } from './mergeSummary.js';

/**
 * The links a merge would move, as far as the API lets a window count them: positions and
 * departments from the record's related lists, a person's meetings from their meeting count,
 * visits travelled and events organised by query.
 */
export async function countMergeLinks(
  table: 'people' | 'organisations',
  id: string,
): Promise<MergeLinks> {
  const detail: RecordDetail = await archive.getRecord({ table, id });
  const listed = (key: string) => detail.related[key]?.length ?? 0;
  const countWhere = async (target: 'visits' | 'events', field: string) =>
    (await archive.countRecords({ table: target, where: [{ field, op: 'equals', value: id }] }))
      .count;
  const counted = detail.record.meeting_count;
  const meetings = typeof counted === 'number' ? counted : listed('meetings');
  if (table === 'people') {
    return {
      positions: listed('positions'),
      meetings,
      visits: await countWhere('visits', 'traveller_id'),
    };
  }
  return {
    positions: listed('positions'),
    meetings,
    departments: listed('departments'),
    events: await countWhere('events', 'organiser_id'),
  };
}
