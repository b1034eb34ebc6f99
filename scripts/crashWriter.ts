// The process the crash test kills. `write <archive> <run>`: writes batches through the
// archive's write path, one transaction each (a visit and its meetings), and prints
// `batch <id> <size>` only after the batch has committed. `migrate <archive> <migrations>`:
// opens an archive that a folder of migrations upgrades, and prints `migrated` when done.
import { openArchive } from '../db/open/open.js';
import { saveRecord } from '../db/write/write.js';

function writeBatches(file: string, run: string): never {
  const db = openArchive(file);
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const batch = `${run}-${n}`;
    const size = 1 + (n % 12);
    db.transaction(() => {
      const visit = saveRecord(db, {
        table: 'visits',
        values: { title: `crash ${batch} ${size}`, summary: 'x'.repeat(200 * size) },
      });
      for (let i = 1; i <= size; i++) {
        saveRecord(db, {
          table: 'meetings',
          values: { visit_id: visit.record.id, summary: `crash ${batch} ${i}/${size}` },
        });
      }
    }).immediate();
    // A write to a pipe is synchronous on Linux and macOS: once this returns, the parent reads it.
    process.stdout.write(`batch ${batch} ${size}\n`);
  }
}

function migrate(file: string, migrationsDir: string): void {
  process.stdout.write('ready\n');
  openArchive(file, { migrationsDir }).close();
  process.stdout.write('migrated\n');
}

const [mode, file, arg] = process.argv.slice(2);
if (mode === 'write' && file && arg) writeBatches(file, arg);
else if (mode === 'migrate' && file && arg) migrate(file, arg);
else {
  process.stderr.write('Usage: crashWriter write <archive> <run> | migrate <archive> <dir>\n');
  process.exit(2);
}
