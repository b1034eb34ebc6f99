/**
 * Web mode's CSV exports: the API answers an export with a one-time address, and the browser
 * then fetches that address as a plain download (a link cannot carry the API token, so the
 * ticket, random and short-lived, stands in for it). The rows are streamed from a reader thread
 * (or, without one, a read-only connection of their own), so that the page keeps working while a
 * large export runs.
 */
import crypto from 'node:crypto';
import type http from 'node:http';
import type { Database } from 'better-sqlite3';
import type { CsvExportAnswer } from '../db/api.js';
import { checkExportQuery, writeCsv } from '../db/csv/csvExport.js';
import { openArchive } from '../db/open/open.js';
import type { ReaderPool } from '../db/readers/readerPool.js';
import type { ApiInput } from '../db/service.js';

const TICKET_LIFE_MS = 60_000;
export const DOWNLOAD_PREFIX = '/download/';

export interface CsvDownloads {
  create(input: ApiInput<'exportCsv'>): Promise<CsvExportAnswer>;
  /** Answers `GET /download/<ticket>`: the file, or 404 for an unknown or used ticket. */
  serve(req: http.IncomingMessage, res: http.ServerResponse, ticket: string): void;
}

function fileName(table: string): string {
  return `${table}-${new Date().toISOString().slice(0, 10)}.csv`;
}

export function csvDownloads(file: string, readers?: ReaderPool): CsvDownloads {
  const tickets = new Map<string, { input: ApiInput<'exportCsv'>; expires: number }>();
  return {
    create(input) {
      // Once the download starts, its status is sent: a refusal found then could only cut it.
      checkExportQuery(input.query);
      const now = Date.now();
      for (const [t, v] of tickets) if (v.expires < now) tickets.delete(t);
      const ticket = crypto.randomBytes(24).toString('hex');
      tickets.set(ticket, { input, expires: now + TICKET_LIFE_MS });
      return Promise.resolve({ download: `${DOWNLOAD_PREFIX}${ticket}`, file: null, rows: null });
    },
    serve(req, res, ticket) {
      const found = tickets.get(ticket);
      tickets.delete(ticket);
      if (!found || found.expires < Date.now()) {
        res
          .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
          .end('This download has expired. Export again from the table.\n');
        return;
      }
      const { query, ...options } = found.input;
      const controller = new AbortController();
      res.on('close', () => controller.abort());
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName(query.table)}"`,
        'Cache-Control': 'no-store',
      });
      const write = (chunk: string) =>
        new Promise<void>((resolve) => {
          if (res.write(chunk)) resolve();
          else res.once('drain', resolve);
        });
      const signal = controller.signal;
      const written = readers
        ? readers.streamCsv(found.input, write, { signal })
        : withReadOnly(file, (db) => writeCsv(db, query, write, { ...options, signal }));
      written.then(
        () => res.end(),
        () => res.destroy(),
      );
    },
  };
}

async function withReadOnly<T>(file: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = openArchive(file, { readonly: true });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}
