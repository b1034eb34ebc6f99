import type { Database } from 'better-sqlite3';
import { repairDerived } from '../../db/check/repairDerived.js';
import { checkArchive, derivedSentences } from '../../db/check/stats.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import type { CliIo } from '../cliIo.js';
import { CliError } from '../cliError.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { withArchive } from '../withArchive.js';

/** Rebuilds the derived data of a sound file, saying what it rebuilt and where the backup is. */
async function repair(db: Database, file: string, io: CliIo): Promise<void> {
  const damaged = db.pragma('quick_check', { simple: true });
  if (damaged !== 'ok') {
    throw new CliError(
      `The archive file ${file} is damaged (${String(damaged)}), so --repair rebuilt nothing. Restore it from a backup.`,
    );
  }
  const { repaired, backup } = await repairDerived(db);
  if (backup === null) {
    io.out(
      `Nothing to repair: the full-text indexes, counts, folded and date columns of ${file} match its records.`,
    );
    return;
  }
  io.out(`Backed up ${file} to ${backup} first.`);
  for (const sentence of derivedSentences(repaired)) io.out(`Repaired: ${sentence}`);
}

export const checkCommand: CliCommand = {
  help: `Usage: archive check [--repair] [--db PATH]

Runs SQLite's integrity check and the foreign key check, and checks what the archive derives
from its records (full-text indexes, each visit's meeting count, the folded text and date-span
columns that filters and sorts read). Prints each problem found. Exits with code 0 when the
archive is sound and 1 otherwise. Changes nothing, unless --repair.

Options:
  --repair    back the archive up, then rebuild its derived data from its records (records and
              their history are left as they are), and check again
  --db PATH   the archive (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values } = parseCommandArgs('check', args, {
      db: { type: 'string' },
      repair: { type: 'boolean' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const location = archiveLocation(values.db, io.env);
    const result = await withArchive(location, { readonly: !values.repair }, async (db) => {
      if (values.repair) await repair(db, location.file, io);
      return checkArchive(db);
    });
    if (result.ok) {
      io.out(
        `The archive at ${location.file} is sound: no integrity, reference or derived-data problems.`,
      );
      return 0;
    }
    for (const problem of result.problems) io.err(problem);
    io.err(
      `The archive at ${location.file} has ${result.problems.length} problem(s). Run \`archive check --repair\` to rebuild derived data (indexes, counts, folded and date columns); for other problems restore it from a backup, or keep a copy and report the problems above.`,
    );
    return 1;
  },
};
