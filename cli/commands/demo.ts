import { apiInputSchemas } from '../../db/api.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { CliError, formatApiError } from '../cliError.js';
import type { CliIo } from '../cliIo.js';
import { parseCommandArgs, parseCount } from '../parseCommandArgs.js';
import { runApi, withArchive } from '../withArchive.js';

/** Fills below this many visits are quick enough to need no progress report. */
const PROGRESS_FROM = 5000;

function progressReporter(io: CliIo, visits: number) {
  if (visits < PROGRESS_FROM) return undefined;
  let shown = -1;
  return (done: number, total: number) => {
    const percent = total > 0 ? Math.floor((done / total) * 10) * 10 : 100;
    if (percent <= shown) return;
    shown = percent;
    io.err(`Generating demo records: ${percent}% (${done} of ${total})`);
  };
}

export const demoCommand: CliCommand = {
  help: `Usage: archive demo [--visits N] [--seed S] [--db PATH]

Fills an empty archive with invented visits, meetings, people and organisations, to try the app
or measure it. Creates the archive when it does not exist; refuses one that holds records.

Options:
  --visits N  how many visits to invent (default 300)
  --seed S    the same seed gives the same records (default 1)
  --db PATH   the archive (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values } = parseCommandArgs('demo', args, {
      db: { type: 'string' },
      visits: { type: 'string' },
      seed: { type: 'string' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const input = {
      ...(values.visits !== undefined ? { visits: parseCount('visits', values.visits) } : {}),
      ...(values.seed !== undefined ? { seed: parseCount('seed', values.seed) } : {}),
    };
    // Checked before the archive is created, so that a refused fill leaves no file behind.
    const parsed = apiInputSchemas.loadDemo.safeParse(input);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => ({
        path: `--${i.path.join('.')}`,
        message: i.message,
      }));
      throw new CliError(
        formatApiError({ code: 'invalid_input', message: 'No demo records were made.', details }),
      );
    }
    const location = archiveLocation(values.db, io.env);
    const onDemoProgress = progressReporter(io, parsed.data.visits);
    const stats = await withArchive(location, { create: true }, (db) =>
      runApi(db, location.file, 'loadDemo', input, onDemoProgress ? { onDemoProgress } : {}),
    );
    const total = Object.values(stats.counts).reduce((a, b) => a + b, 0);
    io.out(
      `Added ${total} demo records (${stats.counts.visits} visits, ${stats.counts.meetings} meetings) to ${location.file}.`,
    );
    return 0;
  },
};
