/** CSV export of a query's rows, and CSV import into one table. */
import * as z from 'zod';
import { QuerySchema, type Row } from './query.js';
import { TABLES } from './tables.js';
import { LANGUAGES } from '../../i18n/language.js';

export const CSV_DELIMITERS = ['comma', 'semicolon', 'tab'] as const;

/** A CSV export of every row a query matches (its limit and offset do not apply). */
export const CsvExportInputSchema = z.strictObject({
  query: QuerySchema,
  delimiter: z.enum(CSV_DELIMITERS).default('comma'),
  /** The UTF-8 byte order mark that Excel needs to read the file as UTF-8. */
  bom: z.boolean().default(true),
  /** Dates as stored (2023-09-19) or as the tables show them (19 Sep 2023). */
  dates: z.enum(['iso', 'shown']).default('iso'),
  /** Countries and statuses as stored (KZ, planned) or as the tables show them (Kazakhstan, Planned). */
  labels: z.enum(['codes', 'shown']).default('codes'),
  /** The header row's language: the labels the window that asked shows. */
  language: z.enum(LANGUAGES as [string, ...string[]]).optional(),
});
export type CsvExportInput = z.input<typeof CsvExportInputSchema>;

export interface CsvExportAnswer {
  /** Web mode: the address the browser downloads the file from, once, within a minute. */
  download: string | null;
  /** Desktop: the file written, or null when the user closed the save dialog. */
  file: string | null;
  /** Desktop: the rows written. */
  rows: number | null;
}

/** The encodings a CSV file may be read in; the first four are offered for a file without a mark. */
export const CSV_ENCODINGS = [
  'utf-8',
  'windows-1251',
  'koi8-r',
  'windows-1252',
  'utf-16le',
  'utf-16be',
] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** A CSV file to import into one table, as the user picked it, with the columns mapped. */
export const CsvImportInputSchema = z.strictObject({
  table: z.enum(TABLES),
  /** The file's bytes, base64. */
  file: z.string().min(1).max(70_000_000),
  /** A header of the file -> the field it fills, or null to leave that column out. */
  mapping: z.record(z.string().max(500), z.string().max(64).nullable()).optional(),
  /** How to read the file's bytes; found from them when left out. */
  encoding: z.enum(CSV_ENCODINGS).optional(),
});
export type CsvImportInput = z.infer<typeof CsvImportInputSchema>;

export interface CsvImportPreview {
  /** The encoding the file was read in: the one asked for, or the one found. */
  encoding: CsvEncoding;
  delimiter: (typeof CSV_DELIMITERS)[number];
  rows: number;
  /**
   * Each header of the file and the field it fills, or null when it is left out; `note`, a catalog
   * key, says why a column the archive fills itself (ids, times, counts) is left out.
   */
  columns: { header: string; field: string | null; note?: string }[];
  /** The fields a column of this table can fill, for choosing a column's field. */
  fields: string[];
  /** The first rows, as the fields they fill. */
  sample: Row[];
  /**
   * Every row that would be refused: line number in the file, the column (its header), and why.
   * Problems of the header itself are on line 1. At most the first 1,000 are listed.
   */
  problems: {
    line: number;
    field: string;
    message: string;
    key?: string;
    params?: Record<string, unknown>;
  }[];
  /** Every problem found, listed or not. */
  problemCount: number;
  /** Rows with at least one problem. */
  refusedRows: number;
  written: boolean;
}
