/**
 * Where each field sits in the timeline's tuples (TimelineVisit, TimelineEvent in db/api.ts):
 * tuples keep 100,000 visits small on the wire, and these names keep code from reading them by
 * bare position. Keep them in the order of the tuple types.
 */
export const VISIT = {
  id: 0,
  title: 1,
  city: 2,
  country: 3,
  traveller: 4,
  /** The first day. */
  lo: 5,
  /** The last day. */
  hi: 6,
  /** 1 when a partial date makes the span approximate. */
  approximate: 7,
  status: 8,
  /** The days of its meetings, counted from the visit's first day. */
  meetings: 9,
} as const;

export const EVENT = {
  id: 0,
  title: 1,
  lo: 2,
  hi: 3,
  approximate: 4,
  status: 5,
} as const;
