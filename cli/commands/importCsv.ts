import fs from 'node:fs';
import path from 'node:path';
import { importCsv } from '../../db/csvImport.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { CliError } from '../cliError.js';
import { parseTable } from '../listQuery.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { backupBefore } from '../../db/backupRotation.js';
import { withArchive } from '../withArchive.js';

export const importCsvCommand: CliCommand = {
  name: 'import-csv',
  summary: 'Add the rows of a CSV file to a table, all or none.',
  help: `Usage: archive import-csv <table> FILE [--dry-run] [--db PATH]

Adds one record per row of FILE to the table. The first line names the columns, by the labels
the app shows (as archive export writes them) or by field name. The encoding (UTF-8, UTF-16,
Windows-1251 or -1252) and the delimiter (comma, semicolon or tab) are found from the file.

Every row is checked first: if any row is wrong, nothing is imported and every problem is listed
with its line. An import is one action: \`undo\` in the app takes all of it back.

Options:
  --dry-run  check every row and report, writing nothing
  --db PATH  the archive (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'import-csv',
      args,
      { db: { type: 'string' }, 'dry-run': { type: 'boolean' } },
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
    const result = await withArchive(location, {}, async (db) => {
      if (!dryRun) await backupBefore(db, 'import');
      return importCsv(db, table, bytes, { dryRun });
    });
    const how = `${result.encoding}, ${result.delimiter}-separated`;
    io.out(
      dryRun
        ? `All ${result.rows} rows of ${file} (${how}) can be imported into ${table}; nothing was written (--dry-run).`
        : `Imported ${result.rows} rows of ${file} (${how}) into ${table}.`,
    );
    return 0;
  },
};
