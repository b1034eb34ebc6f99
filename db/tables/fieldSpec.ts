/**
 * What one field of a table is, written once: every list the archive and the interface keep about
 * fields (the query whitelist, validation, CSV columns, labels, grid columns, form editors) is read
 * from these entries. The shape follows Zotero's search conditions and Joplin's setting metadata:
 * one object per field, with the facts as properties rather than lists elsewhere naming it.
 */

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

export interface FieldSpec extends FieldInfo {
  /** The catalog key of the field's label, on screen, in exported files and in messages. */
  label: string;
  /** False for what the archive fills itself or joins in from another table. */
  writable: boolean;
  /** A save must give it a value. */
  required?: true;
  /** An id field: the table of the record it names. */
  references?: string;
  /** A display field: the named record's column, reached through the id field `via`. */
  shows?: { via: string; column: string };
  /** A JSON array of strings (other spellings of a name), one per line when shown. */
  list?: true;
  /** Declared NOT NULL (or with a default): ascending sorts need no NULLS LAST. */
  notNull?: true;
  /** The partial index on the field's folded text, narrow enough to scan for substrings. */
  index?: string;
  /** Written in a box of several lines rather than one. */
  long?: true;
}

type Options = Partial<Omit<FieldSpec, 'kind' | 'label'>>;

const field =
  <K extends FieldKind>(kind: K) =>
  <O extends Options>(label: string, options?: O) =>
    ({ kind, label, writable: true, ...options }) as Omit<FieldSpec, 'kind'> & { kind: K } & O;

export const text = field('text');
export const date = field('date');
export const country = (options?: Options) => field('country')('field.country', options);

/** A choice among `values`; schema v1 gives every enum column a default, so it is never NULL. */
export const enumOf = <V extends readonly string[]>(values: V) =>
  ({ kind: 'enum', values, label: 'field.status', writable: true, notNull: true }) as const;

/** An id naming a record of `table`. */
export const reference = (table: string, label: string, options?: Options) =>
  field('id')(label, { references: table, ...options });

/** The name of the record an id field names, joined in for display, sorting and filtering. */
export const shown = (via: string, column: string, label: string) =>
  field('text')(label, { writable: false, shows: { via, column } });

/** A value the archive works out from other records. */
export const computed = <K extends FieldKind>(kind: K, label: string, options?: Options) =>
  field(kind)(label, { writable: false, ...options });

/** The id and times every record carries, which the archive fills itself. */
export const audit = {
  id: computed('id', 'field.id', { notNull: true }),
  created_at: computed('timestamp', 'field.created_at', { notNull: true }),
  updated_at: computed('timestamp', 'field.updated_at', { notNull: true }),
} as const;

/** Sets that belong to a record and are saved, logged and undone with it. */
export type SetName = 'participants' | 'topic_ids' | 'source_ids';

export interface TableSpec {
  /** A record of the table, said in a sentence: `visit`, `person`. */
  noun: string;
  fields: Readonly<Record<string, FieldSpec>>;
  /** Sets saved with a record; `source_ids` are the sources behind it, kept in source_links. */
  sets: readonly SetName[];
  /** The columns the table shows (and exports) when the user has not chosen others, in order. */
  columns: readonly string[];
  /** The fields and sets of its form, in the order a person fills them in; none: no form. */
  form?: readonly string[];
  /** The order a list takes when the query names none. */
  sort: readonly { field: string; dir: 'asc' | 'desc' }[];
  /** An index holding every live record, for counting them (SQLite would read the table). */
  liveIndex?: string;
  /** The table's full-text index (see the FTS5 section of 0001_init.sql). */
  fts?: string;
  /** The words of its full-text index, each once (see 0009_meetings_words.sql). */
  words?: string;
}
