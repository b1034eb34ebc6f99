/**
 * Another process writing to an archive: saves topics named `<prefix>-<n>` one after another
 * through the API, printing each name once its save is acknowledged, until its stdin closes.
 */
import { openArchive } from '../open.js';
import { callApi, createHandlers } from '../service.js';

const [file = '', prefix = 'saved'] = process.argv.slice(2);
const db = openArchive(file, { quickCheck: false });
const handlers = createHandlers(db, file);
let stopped = false;
process.stdin.on('end', () => (stopped = true));
process.stdin.resume();

for (let n = 0; !stopped; n++) {
  const name = `${prefix}-${n}`;
  const saved = await callApi(handlers, 'saveRecord', { table: 'topics', values: { name } });
  if (saved.ok) process.stdout.write(`${name}\n`);
  // Lets the stdin 'end' event in between saves.
  await new Promise((resolve) => setImmediate(resolve));
}
db.close();
