import { checkArchive } from '../../db/stats.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { withArchive } from '../withArchive.js';

export const checkCommand: CliCommand = {
  help: `Usage: archive check [--db PATH]

Runs SQLite's integrity check and the foreign key check, and prints each problem found. Exits
with code 0 when the archive is sound and 1 otherwise. Changes nothing.

Options:
  --db PATH   the archive (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values } = parseCommandArgs('check', args, { db: { type: 'string' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const location = archiveLocation(values.db, io.env);
    const result = await withArchive(location, { readonly: true }, (db) => checkArchive(db));
    if (result.ok) {
      io.out(`The archive at ${location.file} is sound: no integrity or reference problems.`);
      return 0;
    }
    for (const problem of result.problems) io.err(problem);
    io.err(
      `The archive at ${location.file} has ${result.problems.length} problem(s). Restore it from a backup, or keep a copy and report the problems above.`,
    );
    return 1;
  },
};
