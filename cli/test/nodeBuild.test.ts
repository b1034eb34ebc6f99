import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from './testIo.js';

const root = path.resolve(import.meta.dirname, '../..');
const exec = promisify(execFile);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function node(args: string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await exec(process.execPath, args, { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

let outdir: string;
let dir: string;

beforeAll(async () => {
  // Inside the project, so that the bundle finds its packages in node_modules as dist/ does.
  const cache = path.join(root, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  outdir = fs.mkdtempSync(path.join(cache, 'build-node-'));
  dir = tempDir();
  const built = await node(['scripts/build-node.mjs', '--outdir', outdir]);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
});

afterAll(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the Node build', () => {
  test('bundles the CLI and copies the migrations beside it', () => {
    expect(fs.existsSync(path.join(outdir, 'cli', 'archive.mjs'))).toBe(true);
    const sql = fs
      .readdirSync(path.join(root, 'db', 'migrations'))
      .filter((f) => f.endsWith('.sql'));
    expect(fs.readdirSync(path.join(outdir, 'cli', 'migrations')).sort()).toEqual(sql.sort());
    if (fs.existsSync(path.join(root, 'electron', 'main.ts'))) {
      expect(fs.existsSync(path.join(outdir, 'electron', 'main.mjs'))).toBe(true);
      expect(fs.existsSync(path.join(outdir, 'electron', 'preload.cjs'))).toBe(true);
      expect(fs.readdirSync(path.join(outdir, 'electron', 'migrations')).sort()).toEqual(
        sql.sort(),
      );
    }
  });

  test('the bundled CLI runs and prints only its own output', async () => {
    const cli = path.join(outdir, 'cli', 'archive.mjs');
    const file = path.join(dir, 'a.db');
    const init = await node([cli, 'init', '--db', file]);
    expect(init).toEqual({ code: 0, stdout: `Created an empty archive at ${file}.\n`, stderr: '' });
    const list = await node([cli, 'list', 'visits', '--json', '--db', file]);
    expect(list).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(list.stdout)).toEqual({ rows: [], total: 0 });
    const refused = await node([cli, 'list', 'nothing', '--db', file]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^There is no table "nothing"\. The tables are: .*\.\n$/);
  });

  test('bundles a reader thread beside the CLI and Electron main, which answers a count', async () => {
    const file = path.join(dir, 'reader.db');
    expect((await node([path.join(outdir, 'cli', 'archive.mjs'), 'init', '--db', file])).code).toBe(
      0,
    );
    for (const folder of ['cli', 'electron']) {
      const worker = path.join(outdir, folder, 'readerWorker.mjs');
      const script = `
        import { Worker } from 'node:worker_threads';
        const thread = new Worker(${JSON.stringify(worker)}, { workerData: { file: ${JSON.stringify(file)} } });
        thread.on('message', (m) => { console.log(JSON.stringify(m)); void thread.terminate(); });
        thread.postMessage({ type: 'run', id: 1, method: 'countRecords',
          input: { table: 'visits', where: [], sort: [], limit: 100, offset: 0, trash: false, withTotal: true } });`;
      const probe = path.join(dir, `reader-${folder}.mjs`);
      fs.writeFileSync(probe, script);
      const ran = await node([probe]);
      expect(ran).toEqual({
        code: 0,
        stdout: '{"type":"done","id":1,"value":{"count":0}}\n',
        stderr: '',
      });
    }
  });

  test('a command loads only what it uses: listing loads no Word reader, web server, romanisations or other languages', async () => {
    const cli = path.join(outdir, 'cli', 'archive.mjs');
    const file = path.join(dir, 'loads.db');
    expect((await node([cli, 'init', '--db', file])).code).toBe(0);
    const probe = path.join(dir, 'loads.mjs');
    fs.writeFileSync(
      probe,
      `import { createRequire } from 'node:module';
      const { main } = await import(${JSON.stringify(cli)});
      const argv = ['list', 'visits', '--where', 'country:in:Kazakhstan', '--db', ${JSON.stringify(file)}];
      const code = await main(argv, { out() {}, err: (line) => console.error(line), env: {} });
      const packages = Object.keys(createRequire(import.meta.url).cache)
        .map((f) => f.split('node_modules/').pop());
      const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule '));
      console.log(JSON.stringify({ code, packages, builtins }));`,
    );
    const ran = await node([probe]);
    expect(ran.stderr).toBe('');
    const { code, packages, builtins } = JSON.parse(ran.stdout) as {
      code: number;
      packages: string[];
      builtins: string[];
    };
    expect(code).toBe(0);
    // What list needs is seen: the SQLite driver. The country names it matches (English and
    // Russian, the archive's two languages) are bundled into the CLI, so no other language's file
    // may be read; Cyrillic romanisations wait for a Cyrillic name.
    expect(packages).toContainEqual(expect.stringMatching(/^better-sqlite3\//));
    const unused = packages.filter(
      (p) =>
        /^(mammoth|jszip|csv-parse|iconv-lite|iuliia)\//.test(p) ||
        (p.startsWith('i18n-iso-countries/langs/') && !/\/(en|ru)\.json$/.test(p)),
    );
    expect(unused).toEqual([]);
    expect(builtins).not.toContain('NativeModule http');
  });

  test('bin/archive.mjs explains when the app is not built', async () => {
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(path.join(root, 'bin', 'archive.mjs'), path.join(dir, 'bin', 'archive.mjs'));
    const ran = await node([path.join(dir, 'bin', 'archive.mjs'), '--version']);
    expect(ran).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Secretariat Archive is not built yet: run `npm run build`.\n',
    });
  });
});
