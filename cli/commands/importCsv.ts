import fs from 'node:fs';
import path from 'node:path';
import { CSV_ENCODINGS, type CsvEncoding, type CsvImportPreview } from '../../db/api.js';
import { importCsv, previewCsvImport } from '../../db/csv/csvImport.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { CliError, UsageError } from '../cliError.js';
import { parseTable } from '../listQuery.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { withArchive } from '../withArchive.js';

/** A dry run's refusal, worded as the import's own would be. */
function problemsText(table: string, preview: CsvImportPreview): string {
  const lines = preview.problems.map(
    (p) => `  line ${p.line}${p.field ? `: ${p.field}` : ''}: ${p.message}`,
  );
  const more = preview.problemCount - preview.problems.length;
  if (more > 0) lines.push(`  and ${more} more problems`);
  const what =
    preview.refusedRows > 0
      ? `${preview.refusedRows} of ${preview.rows} rows cannot be imported into ${table}`
      : 'The file’s columns need attention';
  return [`${what}, so nothing would be imported. Fix each problem listed.`, ...lines].join('\n');
}

function csvEncoding(name: string | undefined): CsvEncoding | undefined {
  if (name === undefined) return undefined;
  const wanted = name.toLowerCase();
  const found = CSV_ENCODINGS.find((e) => e === wanted || e.replace('-', '') === wanted);
  if (found) return found;
  throw new UsageError(`--encoding takes ${CSV_ENCODINGS.join(', ')}, not "${name}".`);
}

export const importCsvCommand: CliCommand = {
  help: `Usage: archive import-csv <table> FILE [--dry-run] [--encoding NAME] [--db PATH]

Adds one record per row of FILE to the table. The first line names the columns, by the labels
the app shows (as archive export writes them) or by field name. The encoding (UTF-8, UTF-16,
Windows-1251, KOI8-R or Windows-1252) and the delimiter (comma, semicolon or tab) are found from
the file; the report names the encoding used. A UTF-8 file with damaged bytes is refused, naming
the line.

A file exported by the archive imports back: linked records named as the tables show them (a
meeting's Visit by its title, a visit's Traveller by name or other spelling, an organisation's
Part of, a position's Person and Organisation, an event's Organiser) are found by that name, and
dates written as shown (19 Sep 2023, Sep 2023) are read back. Ids, times and counts are left out:
every row becomes a new record.

Every row is checked first: if any row is wrong, nothing is imported and every problem is listed
with its line. The archive is backed up before an import, and an import is one action: \`undo\`
in the app takes all of it back.

Options:
  --dry-run        check every row and report, writing nothing
  --encoding NAME  read the file as ${CSV_ENCODINGS.join(', ')}
  --db PATH        the archive (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'import-csv',
      args,
      { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, encoding: { type: 'string' } },
      { min: 2, max: 2, names: 'a table name and a CSV file' },
    );
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const table = parseTable(positionals[0] ?? '');
    const file = path.resolve(positionals[1] ?? '');
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw new CliError(`Cannot read ${file}. Check the path and that you may read the file.`);
    }
    const location = archiveLocation(values.db, io.env);
    const dryRun = !!values['dry-run'];
    const encoding = csvEncoding(values.encoding);
    const input = { table, file: bytes.toString('base64'), ...(encoding ? { encoding } : {}) };
    const result = await withArchive(location, {}, (db) =>
      dryRun ? previewCsvImport(db, input) : importCsv(db, input),
    );
    if (result.problemCount > 0) throw new CliError(problemsText(table, result));
    const how = `${result.encoding}, ${result.delimiter}-separated`;
    io.out(
      dryRun
        ? `All ${result.rows} rows of ${file} (${how}) can be imported into ${table}; nothing was written (--dry-run).`
        : `Imported ${result.rows} rows of ${file} (${how}) into ${table}.`,
    );
    return 0;
  },
};
