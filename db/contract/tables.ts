/** The tables of the archive and the fields each exposes: the whitelist of every query. */

/** Tables a query or a record can name. */
export const TABLES = [
  'visits',
  'meetings',
  'people',
  'organisations',
  'positions',
  'events',
  'topics',
  'sources',
] as const;
export type TableName = (typeof TABLES)[number];

/**
 * How a field is matched and shown. `date` fields hold partial ISO dates (`2023`, `2023-09`,
 * `2023-09-19`) and are filtered as the span they cover; `timestamp` holds a full ISO time.
 */
export const FIELD_KINDS = [
  'id',
  'text',
  'date',
  'timestamp',
  'country',
  'enum',
  'number',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldInfo {
  kind: FieldKind;
  /** Allowed values of an `enum` field. */
  values?: readonly string[];
}

export const VISIT_STATUSES = ['planned', 'completed', 'cancelled'] as const;
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const PARTICIPANT_SIDES = ['counterpart', 'secretariat', 'other'] as const;

const id: FieldInfo = { kind: 'id' };
const text: FieldInfo = { kind: 'text' };
const date: FieldInfo = { kind: 'date' };
const timestamp: FieldInfo = { kind: 'timestamp' };
const country: FieldInfo = { kind: 'country' };
const number: FieldInfo = { kind: 'number' };
const audit = { created_at: timestamp, updated_at: timestamp } as const;

/**
 * The fields each table exposes to queries: the whitelist. A field not named here is refused
 * before any SQL is built.
 */
export const TABLE_FIELDS = {
  visits: {
    id,
    title: text,
    traveller_id: id,
    traveller: text,
    city: text,
    country,
    start_date: date,
    end_date: date,
    purpose: text,
    summary: text,
    status: { kind: 'enum', values: VISIT_STATUSES },
    meeting_count: number,
    ...audit,
  },
  meetings: {
    id,
    visit_id: id,
    visit: text,
    date,
    city: text,
    country,
    venue: text,
    format: text,
    summary: text,
    outcomes: text,
    atmosphere: text,
    /** The counterpart participants' names in participant order, joined with "; ". */
    counterparts: text,
    /** The meeting's live topics by name, joined with "; ". */
    topics: text,
    ...audit,
  },
  people: {
    id,
    name: text,
    honorific: text,
    aliases: text,
    country,
    notes: text,
    /** The current position, "Title, Organisation": see db/computedFields.ts. */
    position: text,
    /** Live meetings the person took part in. */
    meeting_count: number,
    ...audit,
  },
  organisations: {
    id,
    name: text,
    acronym: text,
    kind: text,
    country,
    parent_id: id,
    parent: text,
    aliases: text,
    ...audit,
  },
  positions: {
    id,
    person_id: id,
    person: text,
    organisation_id: id,
    organisation: text,
    title: text,
    start_date: date,
    end_date: date,
    ...audit,
  },
  events: {
    id,
    title: text,
    start_date: date,
    end_date: date,
    city: text,
    country,
    organiser_id: id,
    organiser: text,
    status: { kind: 'enum', values: EVENT_STATUSES },
    summary: text,
    ...audit,
  },
  topics: { id, name: text, description: text, ...audit },
  sources: { id, title: text, date, kind: text, text, ...audit },
} as const satisfies Record<TableName, Record<string, FieldInfo>>;

export type FieldName<T extends TableName> = keyof (typeof TABLE_FIELDS)[T] & string;

export type VisitStatus = (typeof VISIT_STATUSES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
