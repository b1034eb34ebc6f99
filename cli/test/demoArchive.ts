import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openArchive } from '../../db/open/open.js';
import { callApi, createHandlers, type Handlers } from '../../db/service.js';
import { tempDir } from './testIo.js';

/** A new archive in a folder of its own, filled with demo records through the API. */
export interface DemoArchive {
  db: Database.Database;
  handlers: Handlers;
  /** Closes the archive and removes its folder. */
  close: () => void;
}

export async function openDemoArchive(demo: {
  visits: number;
  seed: number;
}): Promise<DemoArchive> {
  const dir = tempDir();
  const file = path.join(dir, 'archive.db');
  const db = openArchive(file, { create: true });
  const handlers = createHandlers(db, file);
  const loaded = await callApi(handlers, 'loadDemo', demo);
  if (!loaded.ok) throw new Error(`the demo records were refused: ${loaded.error.message}`);
  return {
    db,
    handlers,
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
