/**
 * Opens an archive as the app does and asks for a backup, then lists the backups, as JSON on
 * stdout: run by the tests in a process of their own, as an unprivileged user when they run as
 * root (for whom no folder is read-only).
 */
import { openArchiveOrReadOnly } from '../open/openArchiveOrReadOnly.js';
import { readOnlyHandlers } from '../readOnlyHandlers.js';
import { callApi, createHandlers } from '../service.js';

const file = process.argv[2] ?? '';
const opened = openArchiveOrReadOnly(file, { lockWaitMs: 200 });
const plain = createHandlers(opened.db, file);
const handlers = opened.readOnly ? readOnlyHandlers(plain, opened.readOnly) : plain;
const backedUp = await callApi(handlers, 'backUpNow', {});
const listed = await callApi(handlers, 'listBackups', {});
opened.db.close();
console.log(JSON.stringify({ copied: opened.readFile !== file, backedUp, listed }));
