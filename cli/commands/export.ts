import { DELIMITERS, type DelimiterName } from '../../db/csv/csvCell.js';
import { exportCsv, writeCsv, type CsvExportOptions } from '../../db/csv/csvExport.js';
import { parseQuery } from '../../db/query/compileQuery.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { UsageError } from '../cliError.js';
import { buildListQuery, parseTable, QUERY_OPTIONS } from '../listQuery.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { withArchive } from '../withArchive.js';

function delimiter(name: string | undefined): DelimiterName {
  if (name === undefined) return 'comma';
  if (Object.hasOwn(DELIMITERS, name)) return name as DelimiterName;
  throw new UsageError(`--delimiter takes comma, semicolon or tab, not "${name}".`);
}

function dates(value: string | undefined): 'iso' | 'shown' {
  if (value === undefined || value === 'iso' || value === 'shown') return value ?? 'iso';
  throw new UsageError(`--dates takes iso or shown, not "${value}".`);
}

function labels(value: string | undefined): 'codes' | 'shown' {
  if (value === undefined || value === 'codes' || value === 'shown') return value ?? 'codes';
  throw new UsageError(`--labels takes codes or shown, not "${value}".`);
}

export const exportCommand: CliCommand = {
  help: `Usage: archive export <table> [options]

Writes every record of a table that the query matches as CSV (RFC 4180, CRLF line ends), headed
by the column labels the app shows. Text a spreadsheet would run as a formula (starting with
= + - @) gets a leading apostrophe.

Options:
  --where field:op:value  keep the records that match (repeatable), as in archive list
  --search TEXT           full-text search
  --sort field[:desc]     sort order (repeatable)
  --columns a,b           the fields to write (default: the columns the app's table shows)
  --delimiter NAME        comma (default), semicolon or tab
  --dates iso|shown       dates as stored (2023-09-19, default) or as shown (19 Sep 2023)
  --labels codes|shown    countries and statuses as stored (KZ, planned, default) or as
                          shown (Kazakhstan, Planned)
  --no-bom                leave out the UTF-8 byte order mark Excel needs to read UTF-8
  --out FILE              write to FILE (replaced when complete); default: standard output
  --db PATH               the archive (default: the desktop app's archive, or $ARCHIVE_DB)

Example:
  archive export meetings --where country:equals:KZ --sort date --out kz-meetings.csv`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'export',
      args,
      {
        ...QUERY_OPTIONS,
        delimiter: { type: 'string' },
        dates: { type: 'string' },
        labels: { type: 'string' },
        'no-bom': { type: 'boolean' },
        out: { type: 'string' },
      },
      { min: 1, max: 1, names: 'a table name' },
    );
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const table = parseTable(positionals[0] ?? '');
    const asked = buildListQuery(table, values);
    const options: CsvExportOptions = {
      delimiter: delimiter(values.delimiter),
      dates: dates(values.dates),
      labels: labels(values.labels),
      bom: !values['no-bom'],
      ...(io.signal ? { signal: io.signal } : {}),
    };
    const location = archiveLocation(values.db, io.env);
    const out = values.out;
    const rows = await withArchive(location, { readonly: true }, async (db) => {
      // Checked once the archive is open: a missing archive is said before a wrong query.
      const query = parseQuery(asked);
      if (out !== undefined) return (await exportCsv(db, query, out, options)).rows;
      const write = io.write ?? ((chunk: string) => void io.out(chunk.replace(/\r\n$/, '')));
      return writeCsv(db, query, write, options);
    });
    if (out !== undefined) io.err(`Exported ${rows} rows to ${out}.`);
    return 0;
  },
};
