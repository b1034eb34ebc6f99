/**
 * One cell of a CSV file, as RFC 4180 writes it, with spreadsheet formula injection neutralised
 * (OWASP "CSV Injection"): text that a spreadsheet would run as a formula gets a leading
 * apostrophe, which spreadsheets show as plain text. Numbers stay numbers.
 */
import type { CellValue } from '../api.js';

export const DELIMITERS = { comma: ',', semicolon: ';', tab: '\t' } as const;
export type DelimiterName = keyof typeof DELIMITERS;

const FORMULA_START = /^[=+\-@\t\r]/;
/** `-5` or `+1.5e3`: a spreadsheet reads it as a number, never runs it. */
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * Whether text, once any apostrophes before it are set aside, would start a formula. Looking
 * past the apostrophes makes the guard its own inverse: `'=x` is written `''=x`, so that reading
 * strips one apostrophe and gives `'=x` back, while `''Tis` or `'-5` in a file is never touched.
 */
function guarded(text: string): boolean {
  const rest = text.replace(/^'+/, '');
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}

export function neutraliseFormula(text: string): string {
  return guarded(text) ? `'${text}` : text;
}

/** The text a cell held before neutraliseFormula: only the apostrophe it adds is taken away. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && guarded(text) ? text.slice(1) : text;
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
