import path from 'node:path';
import type Database from 'better-sqlite3';
import { openArchive } from '../../db/open/open.js';
import { startWebServer, type WebServer } from '../webServer.js';
import { httpRequest, type HttpAnswer } from './httpRequest.js';
import { tempDir } from './testIo.js';

/** A web server on a new archive in a temporary folder, and a way to call its API by POST. */
export interface WebApiServer {
  db: Database.Database;
  /** The archive's path, for what lies beside it (its backups). */
  file: string;
  server: WebServer;
  /** A call as the browser makes it; `headers` adds to the token's, such as a tab's session. */
  api: (method: string, body: unknown, headers?: Record<string, string>) => Promise<HttpAnswer>;
  close: () => Promise<void>;
}

export async function startWebApiServer(): Promise<WebApiServer> {
  const file = path.join(tempDir(), 'archive.db');
  const db = openArchive(file, { create: true });
  const server = await startWebServer({ db, file, rendererDir: null });
  return {
    db,
    file,
    server,
    api: (method, body, headers = {}) =>
      httpRequest(server.port, {
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          'Content-Type': 'application/json',
          'X-Archive-Token': server.token,
          ...headers,
        },
        body: JSON.stringify(body),
      }),
    close: async () => {
      await server.close();
      db.close();
    },
  };
}
