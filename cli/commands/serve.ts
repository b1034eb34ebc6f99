import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { UsageError } from '../cliError.js';
import { parseCommandArgs, parseCount } from '../parseCommandArgs.js';
import { serve } from '../serve.js';

export const serveCommand: CliCommand = {
  help: `Usage: archive serve [--port N] [--db PATH] [--no-open]

Serves the archive and its user interface at http://127.0.0.1 for this computer only, and opens
it in the default browser. Prints the address with its one-time token. Stop with Ctrl+C.
Without --db it serves $ARCHIVE_DB, else the desktop app's archive, which it creates if missing.

Options:
  --port N    the port to listen on (default: a free one)
  --db PATH   the archive; it must exist
  --no-open   do not open a browser`,
  async run(args, io) {
    const { values } = parseCommandArgs('serve', args, {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const port = parseCount('port', values.port) ?? 0;
    if (port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not ${port}.`);
    return serve(
      { location: archiveLocation(values.db, io.env), port, open: !values['no-open'] },
      io,
    );
  },
};
