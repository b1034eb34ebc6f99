// Bundles the Node side of the app (the CLI and the Electron main and preload) into dist/, and
// copies the schema migrations beside each bundle, where the migration runner looks for them.
// Usage: node scripts/build-node.mjs [--outdir DIR]   (default: dist)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } }, strict: true });
const outdir = path.resolve(root, values.outdir ?? 'dist');

const common = { bundle: true, platform: 'node', target: 'node20.19', logLevel: 'warning' };

// Every command reads the API's schemas, formats its messages and knows the country names:
// bundled, these packages are part of one file instead of dozens for Node to find, read and load
// at each start. The other packages stay outside the CLI bundle: native (better-sqlite3), or
// loaded only by the commands that use them.
const BUNDLED = ['zod', 'intl-messageformat', 'i18n-iso-countries'];
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const cliExternal = Object.keys(pkg.dependencies)
  .filter((name) => !BUNDLED.includes(name))
  .flatMap((name) => [name, `${name}/*`]);

const entries = [
  {
    // Split, so that each command loads its own code only when it runs (cli/cliCommands.ts); the
    // chunks sit beside the entry, where the paths the code finds from import.meta.url still hold.
    source: 'cli/main.ts',
    options: {
      format: 'esm',
      external: cliExternal,
      splitting: true,
      outdir: path.join(outdir, 'cli'),
      entryNames: 'archive',
      chunkNames: 'chunk-[hash]',
      outExtension: { '.js': '.mjs' },
    },
    outfile: path.join(outdir, 'cli/archive.mjs'),
    chunks: path.join(outdir, 'cli'),
    migrations: path.join(outdir, 'cli/migrations'),
  },
  {
    source: 'electron/main.ts',
    options: {
      format: 'esm',
      packages: 'external',
      outfile: path.join(outdir, 'electron/main.mjs'),
    },
    migrations: path.join(outdir, 'electron/migrations'),
  },
  // Reader threads start from a file beside the bundle that starts them (db/readers/startReaderThread.ts).
  ...['cli', 'electron'].map((folder) => ({
    source: 'db/readers/readerWorker.ts',
    options: {
      format: 'esm',
      packages: 'external',
      outfile: path.join(outdir, folder, 'readerWorker.mjs'),
    },
  })),
  // The archive's upgrade runs on a thread of its own in the app (db/open/upgradeInThread.ts).
  {
    source: 'db/open/upgradeWorker.ts',
    options: {
      format: 'esm',
      packages: 'external',
      outfile: path.join(outdir, 'electron/upgradeWorker.mjs'),
    },
  },
  {
    // A sandboxed preload can load only `electron` and a few Node built-ins: bundle the rest.
    source: 'electron/preload.ts',
    options: {
      format: 'cjs',
      external: ['electron'],
      outfile: path.join(outdir, 'electron/preload.cjs'),
    },
  },
];

function copyMigrations(to) {
  const from = path.join(root, 'db/migrations');
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs
    .readdirSync(from)
    .filter((n) => n.endsWith('.sql'))
    .sort()) {
    fs.copyFileSync(path.join(from, name), path.join(to, name));
  }
}

let failed = false;
for (const entry of entries) {
  const source = path.join(root, entry.source);
  if (!fs.existsSync(source)) {
    console.warn(`Skipped ${entry.source}: it does not exist yet.`);
    continue;
  }
  const outfile = entry.outfile ?? entry.options.outfile;
  // Chunks of an earlier build would otherwise pile up beside the new ones.
  if (entry.chunks && fs.existsSync(entry.chunks)) {
    for (const name of fs.readdirSync(entry.chunks).filter((n) => /^chunk-.*\.mjs$/.test(n)))
      fs.rmSync(path.join(entry.chunks, name));
  }
  try {
    await build({ ...common, ...entry.options, entryPoints: [source] });
  } catch {
    // esbuild has printed what is wrong.
    failed = true;
    continue;
  }
  const written = entry.chunks
    ? fs
        .readdirSync(entry.chunks)
        .filter((n) => n.endsWith('.mjs'))
        .map((n) => path.join(entry.chunks, n))
    : [outfile];
  const dynamicRequire = written.some((f) =>
    fs.readFileSync(f, 'utf8').includes('Dynamic require of'),
  );
  if (entry.options.format === 'esm' && dynamicRequire) {
    console.error(
      `${entry.source} uses require(), which an ES module bundle cannot; import it instead.`,
    );
    failed = true;
  }
  if (entry.migrations) copyMigrations(entry.migrations);
  console.log(`Built ${path.relative(root, outfile)}`);
}
process.exit(failed ? 1 : 0);
