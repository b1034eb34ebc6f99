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

const entries = [
  {
    source: 'cli/main.ts',
    options: { format: 'esm', packages: 'external', outfile: path.join(outdir, 'cli/archive.mjs') },
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
  // Reader threads start from a file beside the bundle that starts them (db/startReaderThread.ts).
  ...['cli', 'electron'].map((folder) => ({
    source: 'db/readerWorker.ts',
    options: {
      format: 'esm',
      packages: 'external',
      outfile: path.join(outdir, folder, 'readerWorker.mjs'),
    },
  })),
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
  try {
    await build({ ...common, ...entry.options, entryPoints: [source] });
  } catch {
    // esbuild has printed what is wrong.
    failed = true;
    continue;
  }
  const out = fs.readFileSync(entry.options.outfile, 'utf8');
  if (entry.options.format === 'esm' && out.includes('Dynamic require of')) {
    console.error(
      `${entry.source} uses require(), which an ES module bundle cannot; import it instead.`,
    );
    failed = true;
  }
  if (entry.migrations) copyMigrations(entry.migrations);
  console.log(`Built ${path.relative(root, entry.options.outfile)}`);
}
process.exit(failed ? 1 : 0);
