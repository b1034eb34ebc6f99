import type { Query } from '../../db/api.js';
import type { VisitsQuery } from '../visits/visitsQuery.js';

/** Exactly the Visits table's filters and search, so both screens show the same visits. */
export function timelineQuery({ where, search }: VisitsQuery): Query {
  return {
    table: 'visits',
    ...(where.length > 0 ? { where } : {}),
    ...(search ? { search } : {}),
  };
}
