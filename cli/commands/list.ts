import { TABLE_FIELDS, type FieldInfo, type TableName } from '../../db/api.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { buildListQuery, parseTable, QUERY_OPTIONS } from '../listQuery.js';
import { parseCommandArgs, parseCount } from '../parseCommandArgs.js';
import { textTable } from '../textTable.js';
import { runApi, withArchive } from '../withArchive.js';

/** Without --columns a terminal gets the fields a person reads, not ids and timestamps. */
function readableColumns(table: TableName): string[] {
  const fields: Record<string, FieldInfo> = TABLE_FIELDS[table];
  return Object.entries(fields)
    .filter(([, info]) => info.kind !== 'id' && info.kind !== 'timestamp')
    .map(([name]) => name);
}

export const listCommand: CliCommand = {
  help: `Usage: archive list <table> [options]

Lists records of one table: visits, meetings, people, organisations, positions, events, topics,
sources.

Options:
  --where field:op:value  keep the records that match (repeatable); op is one of contains,
                          equals, in, before, after, between, empty, notEmpty. in takes
                          comma-separated values, between two; empty and notEmpty none.
  --search TEXT           full-text search
  --sort field[:desc]     sort order (repeatable)
  --columns a,b           the fields to show
  --limit N               at most N rows (default 100, at most 1000)
  --offset N              skip the first N rows
  --json                  print { "rows": [...], "total": N }
  --db PATH               the archive (default: the desktop app's archive, or $ARCHIVE_DB)

Example:
  archive list visits --where country:in:RU,CN --where start_date:between:2021,2023 \\
    --sort start_date:desc --columns title,city,start_date --limit 20`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'list',
      args,
      {
        ...QUERY_OPTIONS,
        limit: { type: 'string' },
        offset: { type: 'string' },
        json: { type: 'boolean' },
      },
      { min: 1, max: 1, names: 'a table name' },
    );
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const table = parseTable(positionals[0] ?? '');
    const query = buildListQuery(table, {
      ...values,
      limit: parseCount('limit', values.limit),
      offset: parseCount('offset', values.offset),
    });
    const location = archiveLocation(values.db, io.env);
    const result = await withArchive(location, { readonly: true }, (db) =>
      runApi(db, location.file, 'listRecords', query),
    );
    if (values.json) {
      io.out(JSON.stringify({ rows: result.rows, total: result.total }, null, 2));
      return 0;
    }
    const columns = query.columns ?? readableColumns(table);
    for (const line of textTable(columns, result.rows)) io.out(line);
    io.out(`${result.rows.length} of ${result.total ?? result.rows.length} rows`);
    return 0;
  },
};
