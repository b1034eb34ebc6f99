/**
 * Web mode for the grid's benchmark: the archive opened read-only, without the full check that
 * `archive serve` runs on a thread of its own (half a minute of reading on 3 GB) and without the
 * daily backup it would write beside it. Prints the address line `archive serve` prints. Run by bench/gridArchive.ts.
 */
import { startWebServer } from '../cli/webServer.js';
import { openArchive } from '../db/open/open.js';

const [file, rendererDir] = process.argv.slice(2);
if (!file || !rendererDir) throw new Error('Usage: gridServer.ts <archive> <renderer dir>');
const db = openArchive(file, { readonly: true });
const server = await startWebServer({ db, file, rendererDir });
console.log(`Secretariat Archive: ${file} at ${server.url}`);
process.once('SIGTERM', () => {
  void server.close().finally(() => {
    db.close();
    process.exit(0);
  });
});
