import fs from 'node:fs';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { CliError } from '../cliError.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { openForCommand } from '../withArchive.js';

export const initCommand: CliCommand = {
  help: `Usage: archive init [--db PATH]

Creates a new, empty archive. An existing file is never overwritten.

Options:
  --db PATH   the archive to create (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values } = parseCommandArgs('init', args, { db: { type: 'string' } });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const location = archiveLocation(values.db, io.env);
    if (fs.existsSync(location.file)) {
      throw new CliError(
        `There is already a file at ${location.file}, and archive init never overwrites one. Choose another path with --db.`,
      );
    }
    openForCommand(location, { create: true }).close();
    io.out(`Created an empty archive at ${location.file}.`);
    return 0;
  },
};
