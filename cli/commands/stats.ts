import type { ArchiveStats } from '../../db/api.js';
import { archiveLocation } from '../archivePath.js';
import type { CliCommand } from '../cliCommand.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { runApi, withArchive } from '../withArchive.js';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function statsLines(stats: ArchiveStats): string[] {
  const counts = Object.entries(stats.counts);
  const pad = Math.max(...counts.map(([t]) => t.length));
  return [
    `Archive:         ${stats.path}`,
    `Schema version:  ${stats.schemaVersion}`,
    `Size:            ${size(stats.sizeBytes)}`,
    'Records:',
    ...counts.map(([table, n]) => `  ${table.padEnd(pad)}  ${n}`),
    `In the trash:    ${stats.inTrash}`,
    `Changes logged:  ${stats.changes}`,
  ];
}

export const statsCommand: CliCommand = {
  help: `Usage: archive stats [--json] [--db PATH]

Shows the archive's path, schema version, size, live records per table, records in the trash and
logged changes.

Options:
  --json      print the figures as JSON
  --db PATH   the archive (default: the desktop app's archive, or $ARCHIVE_DB)`,
  async run(args, io) {
    const { values } = parseCommandArgs('stats', args, {
      db: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(this.help);
      return 0;
    }
    const location = archiveLocation(values.db, io.env);
    const stats = await withArchive(location, { readonly: true }, (db) =>
      runApi(db, location.file, 'stats', {}),
    );
    if (values.json) io.out(JSON.stringify(stats, null, 2));
    else for (const line of statsLines(stats)) io.out(line);
    return 0;
  },
};
