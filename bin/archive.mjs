#!/usr/bin/env node
// The `archive` command: runs the bundled CLI that `npm run build` writes to dist/.
const bundle = new URL('../dist/cli/archive.mjs', import.meta.url);

let cli;
try {
  cli = await import(bundle.href);
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli/archive.mjs')) {
    throw e;
  }
  process.stderr.write('Secretariat Archive is not built yet: run `npm run build`.\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
