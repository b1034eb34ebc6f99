/**
 * Web mode serving and writing (saves, CSV imports, lists on its reader threads) while other
 * programs use the same archive file: Debian's sqlite3 and Python's sqlite3 reading and writing
 * it, and the CLI importing into it, round after round. Afterwards every write that was
 * acknowledged must be in the archive, `archive check` must find it sound, and no request may
 * have failed. A process that drops SQLite's locks on the file (by opening and closing it with
 * fs) lets a foreign client delete the live write-ahead log, and writes are then lost.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { openArchive } from '../db/open/open.js';
import { checkArchive } from '../db/check/stats.js';
import { httpRequest } from '../cli/test/httpRequest.js';
import { startWebServer } from '../cli/webServer.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

export interface ChaosResult {
  rounds: number;
  seconds: number;
  /** Writes each party was told succeeded. */
  acknowledged: { web: number; foreign: number; cli: number };
  /** Acknowledged writes missing from the archive afterwards. */
  missing: string[];
  /** Requests or commands that did not succeed, each said once. */
  failures: string[];
  checkProblems: string[];
}

/** The programs that must be installed: without them there is nothing to run against. */
export const FOREIGN_CLIENTS = ['sqlite3', 'python3'];

const PYTHON = `import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=10)
c.execute("INSERT INTO settings (key, value) VALUES (?, '\\"chaos\\"')", (sys.argv[2],))
c.commit()
print(c.execute("SELECT count(*) FROM topics").fetchone()[0])
c.close()`;

export async function runForeignChaos(options: {
  rounds: number;
  seconds: number;
  dir: string;
  onRound?: (done: number) => void;
}): Promise<ChaosResult> {
  const started = Date.now();
  const file = path.join(options.dir, 'chaos.db');
  const db = openArchive(file, { create: true });
  const server = await startWebServer({ db, file, rendererDir: null });
  const topics = new Set<string>();
  const settings = new Set<string>();
  const acknowledged = { web: 0, foreign: 0, cli: 0 };
  const failures: string[] = [];

  const api = async (method: string, body: unknown): Promise<boolean> => {
    const answer = await httpRequest(server.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'Content-Type': 'application/json', 'X-Archive-Token': server.token },
      body: JSON.stringify(body),
    });
    if (answer.status !== 200) failures.push(`${method}: ${answer.status} ${answer.body}`);
    return answer.status === 200;
  };
  const csv = (names: string[]) => Buffer.from(`name\n${names.join('\n')}\n`);
  const attempt = async (label: string, fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
      return true;
    } catch (e) {
      failures.push(`${label}: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`);
      return false;
    }
  };

  const webSave = async (name: string) => {
    if (await api('saveRecord', { table: 'topics', values: { name } })) {
      topics.add(name);
      acknowledged.web++;
    }
  };
  const webImport = async (names: string[]) => {
    if (await api('importCsv', { table: 'topics', file: csv(names).toString('base64') })) {
      names.forEach((n) => topics.add(n));
      acknowledged.web++;
    }
  };
  const webReads = () =>
    Promise.all(
      ['listRecords', 'countRecords', 'listRecords', 'timeline'].map((m) =>
        api(m, { table: m === 'timeline' ? 'visits' : 'topics' }),
      ),
    );
  const debianSqlite = async (key: string) => {
    const sql = `INSERT INTO settings (key, value) VALUES ('${key}', '"chaos"'); SELECT count(*) FROM topics;`;
    if (await attempt('sqlite3', () => run('sqlite3', ['-cmd', '.timeout 10000', file, sql]))) {
      settings.add(key);
      acknowledged.foreign++;
    }
  };
  const python = async (key: string) => {
    if (await attempt('python3', () => run('python3', ['-c', PYTHON, file, key]))) {
      settings.add(key);
      acknowledged.foreign++;
    }
  };
  const cliImport = async (names: string[], at: string) => {
    fs.writeFileSync(at, csv(names));
    const cli = path.join(root, 'cli', 'test', 'runCli.ts');
    const args = ['--import', 'tsx', cli, 'import-csv', 'topics', at, '--db', file];
    if (await attempt('archive import-csv', () => run(process.execPath, args, { cwd: root }))) {
      names.forEach((n) => topics.add(n));
      acknowledged.cli++;
    }
  };

  let round = 0;
  try {
    for (; round < options.rounds && Date.now() - started < options.seconds * 1000; round++) {
      const r = `r${round}`;
      const names = (kind: string, n: number) =>
        Array.from({ length: n }, (_, i) => `${kind} ${r}-${i}`);
      // The first list of a round starts (or reuses) the reader threads' connections.
      await webReads();
      await Promise.all([
        ...names('web', 6).map(webSave),
        webImport(names('web-import', 5)),
        webReads(),
        debianSqlite(`chaos-sqlite3-${r}-a`),
        python(`chaos-python-${r}-a`),
        round % 3 === 0
          ? cliImport(names('cli-import', 5), path.join(options.dir, `${r}.csv`))
          : Promise.resolve(),
      ]);
      // A foreign read and write after web mode's, then web mode's again.
      await debianSqlite(`chaos-sqlite3-${r}-b`);
      await python(`chaos-python-${r}-b`);
      await Promise.all([...names('web-after', 3).map(webSave), webReads()]);
      options.onRound?.(round + 1);
    }
  } finally {
    await server.close();
    db.close();
  }

  const reopened = openArchive(file);
  try {
    const have = (sql: string) => new Set(reopened.prepare(sql).pluck().all() as string[]);
    const stored = have('SELECT name FROM topics WHERE deleted_at IS NULL');
    const keys = have('SELECT key FROM settings');
    const missing = [
      ...[...topics].filter((n) => !stored.has(n)).map((n) => `topic ${n}`),
      ...[...settings].filter((k) => !keys.has(k)).map((k) => `setting ${k}`),
    ];
    return {
      rounds: round,
      seconds: (Date.now() - started) / 1000,
      acknowledged,
      missing,
      failures: [...new Set(failures)],
      checkProblems: checkArchive(reopened).problems,
    };
  } finally {
    reopened.close();
  }
}
