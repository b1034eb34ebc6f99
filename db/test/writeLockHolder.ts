import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const holders: ChildProcess[] = [];

/**
 * Another process that holds the archive's write lock until it is killed, as another program
 * writing to it would; with `pendingChange`, it has also changed every topic's name, uncommitted.
 */
export async function holdWriteLock(
  file: string,
  { pendingChange = false }: { pendingChange?: boolean } = {},
): Promise<ChildProcess> {
  const script = `
    const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    ${pendingChange ? `db.prepare("UPDATE topics SET name = 'Held' WHERE 1").run();` : ''}
    console.log('holding');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { cwd: root });
  holders.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder stopped (${code})`)));
  });
  return child;
}

/** Ends every lock holder started so far. */
export function releaseWriteLocks(): void {
  for (const child of holders.splice(0)) child.kill('SIGKILL');
}
