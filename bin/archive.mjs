#!/usr/bin/env node
// The `archive` command: runs the bundled CLI that `npm run build` writes to dist/.
const bundle = new URL('../dist/cli/archive.mjs', import.meta.url);

let cli;
try {
  cli = await import(bundle.href);
} catch (e) {
  const notBuilt =
    e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli/archive.mjs');
  // A package that fails to load (such as better-sqlite3 built for another Node) is an install
  // problem the user can fix; its stack would not help them.
  process.stderr.write(
    notBuilt
      ? 'Secretariat Archive is not built yet: run `npm run build`.\n'
      : `Secretariat Archive could not start: ${String(e?.message ?? e).split('\n')[0]}. Run \`npm install\` and \`npm run build\`, then try again.\n`,
  );
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
