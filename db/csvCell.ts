/**
 * One cell of a CSV file, as RFC 4180 writes it, with spreadsheet formula injection neutralised
 * (OWASP "CSV Injection"): text that a spreadsheet would run as a formula gets a leading
 * apostrophe, which spreadsheets show as plain text. Numbers stay numbers.
 */
import type { CellValue } from './api.js';

export const DELIMITERS = { comma: ',', semicolon: ';', tab: '\t' } as const;
export type DelimiterName = keyof typeof DELIMITERS;

/**
 * Text starting with a formula sign, or with an apostrophe: the apostrophe is escaped too, so that
 * reading a file back strips exactly the one the export added (see unescapeFormula).
 */
const FORMULA_START = /^[=+\-@\t\r\n']/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a cell held before neutraliseFormula, for files the archive wrote itself. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** A cell as written in the file: quoted when it holds the delimiter, a quote, CR or LF. */
export function csvCell(value: CellValue, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  const quote =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}
