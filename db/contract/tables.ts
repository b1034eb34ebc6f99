/** The tables of the archive and the fields each exposes: the whitelist of every query. */
import {
  TABLE_REGISTRY,
  type EVENT_STATUSES,
  type FieldInfo,
  type TableName,
  type VISIT_STATUSES,
} from '../tables/index.js';

export {
  EVENT_STATUSES,
  FIELD_KINDS,
  SET_SPECS,
  TABLES,
  TABLE_REGISTRY,
  fieldSpec,
  inputLabelKey,
  VISIT_STATUSES,
  type FieldInfo,
  type FieldKind,
  type FieldSpec,
  type SetName,
  type TableName,
  type TableSpec,
} from '../tables/index.js';

/**
 * The fields each table exposes to queries: the whitelist. A field not named here is refused
 * before any SQL is built. Read from the field registry (db/tables/).
 */
export const TABLE_FIELDS = {
  visits: TABLE_REGISTRY.visits.fields,
  meetings: TABLE_REGISTRY.meetings.fields,
  people: TABLE_REGISTRY.people.fields,
  organisations: TABLE_REGISTRY.organisations.fields,
  positions: TABLE_REGISTRY.positions.fields,
  events: TABLE_REGISTRY.events.fields,
  topics: TABLE_REGISTRY.topics.fields,
  sources: TABLE_REGISTRY.sources.fields,
} as const satisfies Record<TableName, Record<string, FieldInfo>>;

/** The columns a table shows (and exports) when the user has not chosen others, in order. */
export const DEFAULT_COLUMNS = {
  visits: TABLE_REGISTRY.visits.columns,
  meetings: TABLE_REGISTRY.meetings.columns,
  people: TABLE_REGISTRY.people.columns,
  organisations: TABLE_REGISTRY.organisations.columns,
  positions: TABLE_REGISTRY.positions.columns,
  events: TABLE_REGISTRY.events.columns,
  topics: TABLE_REGISTRY.topics.columns,
  sources: TABLE_REGISTRY.sources.columns,
} as const satisfies Record<TableName, readonly string[]>;

export const PARTICIPANT_SIDES = ['counterpart', 'secretariat', 'other'] as const;

export type FieldName<T extends TableName> = keyof (typeof TABLE_FIELDS)[T] & string;

export type VisitStatus = (typeof VISIT_STATUSES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
