import fs from 'node:fs';
import path from 'node:path';
import { backupArchive } from '../../db/backup/backup.js';
import { checkOutputPath } from '../../db/files/outputPath.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { CliError, UsageError } from '../cliError.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { withArchive } from '../withArchive.js';

export const backupCommand: CliCommand = {
  help: `Usage: archive backup --out FILE [--db PATH]

Writes a consistent copy of the archive to FILE, even while the app has it open. An existing
file is never overwritten.

Options:
  --out FILE  the copy to write
  --db PATH   the archive (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values } = parseCommandArgs('backup', args, {
      db: { type: 'string' },
      out: { type: 'string' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    if (values.out === undefined) {
      throw new UsageError('archive backup needs --out FILE: the file to write the copy to.');
    }
    const location = archiveLocation(values.db, io.env);
    const out = checkOutputPath(location.file, values.out, 'backup');
    if (fs.existsSync(out)) {
      throw new CliError(
        `There is already a file at ${out}, and a backup never overwrites one. Choose another name with --out.`,
      );
    }
    if (!fs.existsSync(path.dirname(out))) {
      throw new CliError(
        `The folder ${path.dirname(out)} does not exist. Create it first or choose another --out path.`,
      );
    }
    // A backup only reads: a read-only archive is copied as readily as a writable one.
    await withArchive(location, { readonly: true }, (db) => backupArchive(db, out));
    io.out(`Backed up ${location.file} to ${out}.`);
    return 0;
  },
};
