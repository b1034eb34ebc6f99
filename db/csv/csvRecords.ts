/**
 * The records of CSV text (RFC 4180), each with the line of the file it starts on, so that a
 * refused row can be named by the line a person sees in a text editor even when cells before it
 * hold line breaks. Lines end in CRLF, LF or CR; a blank line is no record.
 *
 * Written here rather than with csv-parse, whose record information gives the line a record
 * ends on, not the one it starts on.
 */
import { ArchiveError } from '../errors.js';

export interface CsvRecord {
  cells: string[];
  /** The line of the file the record starts on, from 1. */
  line: number;
}

const CR = 13;
const LF = 10;
const QUOTE = 34;

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

function unclosed(line: number): ArchiveError {
  return new ArchiveError('invalid_input', 'errors.csvRecords.fileCannotRead', { line });
}

export function csvRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let ended = false;
    while (!ended) {
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) throw unclosed(line);
          cell += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            cell += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        line += lineBreaks(cell);
      }
      // Unquoted text, or text after a closing quote (kept, as spreadsheets do).
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === CR || c === LF) break;
        i++;
      }
      cell += text.slice(from, i);
      cells.push(cell);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      i++;
      if (c === delim) {
        // A delimiter ending the text leaves one more, empty, cell.
        if (i >= n) cells.push('');
        continue;
      }
      if (c === CR && text.charCodeAt(i) === LF) i++;
      line++;
      ended = true;
    }
    if (cells.length > 1 || cells[0] !== '') records.push({ cells, line: start });
  }
  return records;
}
