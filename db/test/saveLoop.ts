/**
 * Another process writing to an archive: saves topics named `<prefix>-<n>` one after another
 * through the API (and with `trash`, edits each and moves it to the trash), printing each name
 * once its last write is acknowledged, until its stdin closes.
 */
import { openArchive } from '../open/open.js';
import { callApi, createHandlers } from '../service.js';

const [file = '', prefix = 'saved', mode = 'save'] = process.argv.slice(2);
const db = openArchive(file);
const handlers = createHandlers(db, file);
let stopped = false;

async function editAndTrash(record: Record<string, unknown>): Promise<boolean> {
  const { id, version: expected } = record;
  const edited = await callApi(handlers, 'saveRecord', {
    table: 'topics',
    id,
    expectedVersion: expected,
    values: { description: 'edited' },
  });
  if (!edited.ok) return false;
  const trashed = await callApi(handlers, 'deleteRecords', { table: 'topics', ids: [id] });
  return trashed.ok;
}

process.stdin.on('end', () => (stopped = true));
process.stdin.resume();

for (let n = 0; !stopped; n++) {
  const name = `${prefix}-${n}`;
  const saved = await callApi(handlers, 'saveRecord', { table: 'topics', values: { name } });
  const acknowledged = saved.ok && (mode !== 'trash' || (await editAndTrash(saved.value.record)));
  if (acknowledged) process.stdout.write(`${name}\n`);
  // Lets the stdin 'end' event in between saves.
  await new Promise((resolve) => setImmediate(resolve));
}
db.close();
