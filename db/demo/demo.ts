/**
 * Fills an empty archive with demo records: visits of the secretariat's heads to the member states
 * from 1999 to 2026, their meetings with counterparts named in Latin, Cyrillic, Chinese, Arabic
 * and Korean script, organisations, careers, topics, events and press releases.
 *
 * The same seed and count give the same archive, ids and timestamps included: everything is drawn
 * from one seeded random source and timestamps derive from the records' own dates, never the
 * clock. Demo records never mix with real ones: a non-empty archive is refused.
 *
 * The demo writes its rows directly, not through the write path, so it leaves no change log:
 * synthetic records are not a user's edits and there is nothing in them to undo.
 */
import type Database from 'better-sqlite3';
import { TABLES } from '../api.js';
import { dayOf } from './demoDays.js';
import { withBulkLoad } from './demoBulkLoad.js';
import { writeEvents } from './demoEvents.js';
import { createRandom } from './demoRandom.js';
import type { DemoSink } from './demoRecords.js';
import { writeVisit } from './demoVisit.js';
import { buildWorld, FIRST_YEAR, LAST_YEAR } from './demoWorld.js';
import { createDemoWriter, createFolder, DEMO_TABLES } from './demoWriter.js';
import { ArchiveError } from '../errors.js';

export interface DemoOptions {
  visits: number;
  seed: number;
  /** Called every few thousand visits, and once at the end with done === total. */
  onProgress?: (done: number, total: number) => void;
}

export interface DemoResult {
  visits: number;
  meetings: number;
  /** Every row written, links and participants included. */
  rows: number;
  seconds: number;
}

const PROGRESS_EVERY = 5_000;

function refuseUnlessEmpty(db: Database.Database): void {
  const held = TABLES.flatMap((table) => {
    const row = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get();
    return row && row.n > 0
      ? [{ key: 'records.counted' as const, params: { table, count: row.n } }]
      : [];
  });
  if (held.length > 0) {
    throw new ArchiveError('refused', 'errors.demo.archiveAlreadyHolds', {
      tables: { list: held, join: 'and' },
    });
  }
}

export function generateDemo(db: Database.Database, options: DemoOptions): DemoResult {
  const { visits, seed, onProgress } = options;
  if (!Number.isInteger(visits) || visits < 1) {
    throw new ArchiveError('invalid_input', 'errors.demo.numberDemoVisits');
  }
  if (!Number.isInteger(seed) || seed < 0) {
    throw new ArchiveError('invalid_input', 'errors.demo.demoSeedWhole');
  }
  const began = performance.now();
  refuseUnlessEmpty(db);

  const out = createDemoWriter(db);
  const sink: DemoSink = { rng: createRandom(seed), out, fold: createFolder() };
  const meetings = withBulkLoad(db, DEMO_TABLES, () => {
    const world = buildWorld(sink, visits);
    const first = dayOf(FIRST_YEAR);
    const span = dayOf(LAST_YEAR + 1) - first;
    let written = 0;
    for (let i = 0; i < visits; i++) {
      // Visits are spread evenly over the years and written in date order, like a real archive.
      written += writeVisit(
        sink,
        world,
        first + Math.floor(((i + sink.rng.next()) * span) / visits),
      );
      if (onProgress && (i + 1) % PROGRESS_EVERY === 0 && i + 1 < visits) onProgress(i + 1, visits);
    }
    writeEvents(sink, world, Math.max(12, Math.round(visits / 25)));
    out.flush();
    return written;
  });
  if (!db.memory) db.pragma('wal_checkpoint(TRUNCATE)');
  onProgress?.(visits, visits);
  return { visits, meetings, rows: out.rows, seconds: (performance.now() - began) / 1000 };
}
