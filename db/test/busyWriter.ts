import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/**
 * Another process writing to the archive without pause, one commit after another, as a second
 * program or workstation would: each commit adds the topic "Moving" or takes it away again (so
 * the topics' count flips between two values), and moves the given visit a month later.
 */
const SCRIPT = `
import Database from 'better-sqlite3';
const [file, visit] = process.argv.slice(1);
const db = new Database(file);
db.pragma('busy_timeout = 5000');
const toggle = db.prepare("SELECT count(*) AS n FROM topics WHERE id = 'moving'");
const add = db.prepare(\`INSERT INTO topics (id, name, name_fold, created_at, updated_at)
  VALUES ('moving', 'Moving', 'moving', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')\`);
const remove = db.prepare("DELETE FROM topics WHERE id = 'moving'");
const move = db.prepare(\`UPDATE visits SET start_date = @day, start_date_lo = @day,
  start_date_hi = @day, end_date = @day, end_date_lo = @day, end_date_hi = @day WHERE id = @id\`);
const step = db.transaction((k) => {
  if (toggle.get().n === 0) add.run(); else remove.run();
  const month = String((k % 12) + 1).padStart(2, '0');
  move.run({ day: \`\${2100 + Math.floor(k / 12)}-\${month}-15\`, id: visit });
});
step(0);
process.stdout.write('writing\\n');
for (let k = 1; ; k++) step(k);
`;

export interface BusyWriter {
  stop: () => Promise<void>;
}

/** Starts the writer and resolves once it has committed its first change. */
export async function startBusyWriter(file: string, visitId: string): Promise<BusyWriter> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--input-type=module', '-e', SCRIPT, file, visitId],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [chunk] = (await Promise.race([
    once(child.stdout!, 'data'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`The writer exited (${String(code)}) before it wrote.`);
    }),
  ])) as [Buffer];
  if (!chunk.toString().startsWith('writing')) throw new Error(`The writer said: ${chunk}`);
  return {
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
