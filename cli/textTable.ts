import type { Row } from '../db/api.js';

const MAX_CELL = 40;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length > MAX_CELL ? `${chars.slice(0, MAX_CELL - 1).join('')}…` : text;
}

function width(text: string): number {
  return [...text].length;
}

/** Rows as aligned text columns under a header, long cells cut short, for a terminal. */
export function textTable(columns: string[], rows: Row[]): string[] {
  const cells = rows.map((row) => columns.map((c) => cell(row[c])));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (values: string[]) =>
    values
      .map((v, i) => v + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(v))))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}
