/**
 * Opens an archive as the app does and reports what it could do, as JSON on stdout: run by the
 * read-only tests in a process of its own, as an unprivileged user when the tests run as root
 * (for whom no file or folder is read-only).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openArchiveOrReadOnly } from '../open/openArchiveOrReadOnly.js';
import { readOnlyHandlers } from '../readOnlyHandlers.js';
import { callApi, createHandlers } from '../service.js';

const file = process.argv[2] ?? '';
const opened = openArchiveOrReadOnly(file, { lockWaitMs: 200 });
const plain = createHandlers(opened.db, file);
const handlers = opened.readOnly ? readOnlyHandlers(plain, opened.readOnly) : plain;
const stats = await callApi(handlers, 'stats', {});
const listed = await callApi(handlers, 'listRecords', { table: 'topics' });
const saved = await callApi(handlers, 'saveRecord', { table: 'topics', values: { name: 'New' } });
opened.db.close();
console.log(
  JSON.stringify({
    readOnly: stats.ok ? stats.value.readOnly : stats.error,
    copied: opened.readFile !== path.resolve(file),
    topics: listed.ok ? listed.value.rows.map((r) => r['name']) : listed.error,
    saved,
    folder: fs.readdirSync(path.dirname(file)).sort(),
  }),
);
