/**
 * Opens an archive as the app does, is refused a backup beside it, then tries other backups
 * folders (argv: archive, choices file, then the folders) and backs up: its answers as JSON on
 * stdout. Run by the tests as an unprivileged user when they run as root.
 */
import path from 'node:path';
import { useBackupChoicesFile } from '../backup/backupFolderChoices.js';
import { openArchiveOrReadOnly } from '../open/openArchiveOrReadOnly.js';
import { readOnlyHandlers } from '../readOnlyHandlers.js';
import { callApi, createHandlers } from '../service.js';

const [file = '', choices = '', ...folders] = process.argv.slice(2);
useBackupChoicesFile(choices);
const opened = openArchiveOrReadOnly(file, { lockWaitMs: 200 });
const plain = createHandlers(opened.db, file);
const handlers = opened.readOnly ? readOnlyHandlers(plain, opened.readOnly) : plain;
const refused = await callApi(handlers, 'backUpNow', {});
const copyFolder = await callApi(handlers, 'setBackupFolder', {
  folder: path.dirname(opened.readFile),
});
const chosen = [];
for (const folder of folders) chosen.push(await callApi(handlers, 'setBackupFolder', { folder }));
const backedUp = await callApi(handlers, 'backUpNow', {});
const listed = await callApi(handlers, 'listBackups', {});
opened.db.close();
console.log(JSON.stringify({ refused, copyFolder, chosen, backedUp, listed }));
