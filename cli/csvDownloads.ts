/**
 * Web mode's CSV exports: the API answers an export with a one-time address, and the browser
 * then fetches that address as a plain download (a link cannot carry the API token, so the
 * ticket, random and short-lived, stands in for it). The rows are streamed from a read-only
 * connection of their own, so that the page keeps working while a large export runs.
 */
import crypto from 'node:crypto';
import type http from 'node:http';
import type { CsvExportAnswer } from '../db/api.js';
import { writeCsv } from '../db/csvExport.js';
import { openArchive } from '../db/open.js';
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

export function csvDownloads(file: string): CsvDownloads {
  const tickets = new Map<string, { input: ApiInput<'exportCsv'>; expires: number }>();
  return {
    create(input) {
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
      const db = openArchive(file, { readonly: true });
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
      writeCsv(db, query, write, { ...options, signal: controller.signal })
        .then(() => res.end())
        .catch(() => res.destroy())
        .finally(() => db.close());
    },
  };
}
