import fs from 'node:fs';
import path from 'node:path';

/**
 * The unfinished copies a backup writes before it is checked and renamed: `<target>.<pid>.<tag>.partial`
 * (and SQLite's `-journal` beside it). The writer's process id in the name tells a copy being
 * written now from one an interrupted backup left: a copy is stale when its process is gone, or
 * when it is this process's and no backup of ours is writing it.
 */
const PARTIAL = /\.(?:(\d+)\.)?[0-9a-f]*\.?partial(?:-journal|-wal|-shm)?$/;

const writing = new Set<string>();

/** A new name for the unfinished copy of `target`, marked as being written until `done`. */
export function partialName(target: string): { file: string; done: () => void } {
  const tag = Math.random().toString(16).slice(2, 10);
  const file = `${target}.${process.pid}.${tag}.partial`;
  writing.add(file);
  return { file, done: () => void writing.delete(file) };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists, run by another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function stale(dir: string, name: string): boolean {
  const m = PARTIAL.exec(name);
  if (!m) return false;
  const base = path.join(dir, name.replace(/-(journal|wal|shm)$/, ''));
  if (writing.has(base)) return false;
  // Copies named before process ids were written in the name are an older version's leftovers.
  if (m[1] === undefined) return true;
  const pid = Number(m[1]);
  return pid === process.pid || !processAlive(pid);
}

/** Removes what interrupted backups left in `dir`; returns the names removed. */
export function removeStalePartials(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed = names.filter((name) => stale(dir, name));
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}
