import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Database from 'better-sqlite3';
import {
  METHOD_TABLE,
  SessionIdSchema,
  type ApiError,
  type ApiMethod,
  type ApiResult,
  type ErrorCode,
  type ReadOnlyState,
} from '../db/api.js';
import { createReaderPool, type ReaderPool } from '../db/readers/readerPool.js';
import { readOnlyHandlers } from '../db/readOnlyHandlers.js';
import { callApi, createHandlers, type Handlers } from '../db/service.js';
import { DOWNLOAD_PREFIX, csvDownloads } from './csvDownloads.js';
import { hostAllowed, originAllowed, tokenMatches } from './requestGuards.js';
import { resolveStaticFile, sendFile } from './staticFiles.js';
import { ArchiveError } from '../db/errors.js';
import { pickLanguage } from '../i18n/language.js';
import { tIn, type MessageKey, type MessageParams } from '../i18n/messages.js';

const MB = 1024 * 1024;

/** The languages an Accept-Language header names, most wanted first. */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.tag !== '' && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((l) => l.tag);
}

/**
 * The largest body a request may carry: its method's, from the method table; a name that is no
 * method gets the smallest, and is refused by name once read.
 */
function bodyLimit(method: string): { limit: number; what: string } {
  if (!Object.hasOwn(METHOD_TABLE, method)) return { limit: MB, what: 'none' };
  return { limit: METHOD_TABLE[method as ApiMethod].bodyLimit, what: method };
}

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; connect-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The HTTP status of an answer the archive gave. A refusal (bad input, a missing record, a
 * conflict) is an answer the renderer shows as a sentence, so it travels as 200 with
 * `{ ok: false, error }`: a browser logs every 4xx as a fault in its console. Only what went
 * wrong in the archive or the machine is a 5xx.
 */
const FAULT_STATUS: Partial<Record<ErrorCode, number>> = {
  archive_busy: 503,
  archive_missing: 500,
  archive_newer: 500,
  archive_corrupt: 500,
  io_error: 500,
  internal: 500,
};

function answerStatus(result: ApiResult<unknown>): number {
  return result.ok ? 200 : (FAULT_STATUS[result.error.code] ?? 200);
}

export interface WebServerOptions {
  /** The open archive; the server uses it and leaves closing it to the caller. */
  db: Database.Database;
  /** The archive's path, for the stats it reports. */
  file: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer (dist/renderer), or null to serve the API alone. */
  rendererDir: string | null;
  /** Fixed in tests; a random per-run token otherwise. */
  token?: string;
  /** Threads that answer lists, counts, the timeline and CSV downloads (2 unless set; 0: none). */
  readerThreads?: number;
  /** Reader threads the caller made, and closes, instead of the server's own. */
  readers?: ReaderPool;
  /** Why the archive is open for reading only: every change is then refused with it. */
  readOnly?: ReadOnlyState | null;
  /** The file reader threads open, when not `file` (a copy of an archive on a read-only disk). */
  readFile?: string;
}

export interface WebServer {
  url: string;
  /** The address the server is bound to: always 127.0.0.1. */
  address: string;
  port: number;
  token: string;
  /** From now on every change is refused with this reason, which the stats carry to the page. */
  refuseChanges(state: ReadOnlyState): void;
  /** Resolves once the reader threads have had nothing to read for `forMs` (ReaderPool.quiet). */
  readsQuiet(forMs: number): Promise<void>;
  close(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** A refusal of web mode itself, naming its catalog message for the page to say in its language. */
function sendError(
  res: http.ServerResponse,
  status: number,
  code: ErrorCode,
  key: MessageKey,
  params: MessageParams = {},
): void {
  const error: ApiError = new ArchiveError(code, key, params).toApiError();
  sendJson(res, status, { ok: false, error });
}

/**
 * The request body, or null (after answering) when it is larger than the limit or not UTF-8:
 * decoding it leniently would store U+FFFD in place of what was sent.
 */
async function readBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
): Promise<string | null> {
  const { limit, what } = bodyLimit(method);
  const tooLarge = () => {
    res.setHeader('Connection', 'close');
    sendError(res, 413, 'invalid_input', 'errors.web.tooLarge', {
      method: what,
      megabytes: limit / MB,
    });
    return null;
  };
  if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return tooLarge();
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    sendError(res, 400, 'invalid_input', 'errors.web.notUtf8');
    return null;
  }
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
  handlers: Handlers,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, 'invalid_input', 'errors.web.postOnly');
    return;
  }
  const session = req.headers['x-archive-session'];
  if (session !== undefined && !SessionIdSchema.safeParse(session).success) {
    sendError(res, 400, 'invalid_input', 'errors.web.badSession');
    return;
  }
  const body = await readBody(req, res, method);
  if (body === null) return;
  let input: unknown = {};
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body);
    } catch {
      sendError(res, 400, 'invalid_input', 'errors.web.notJson');
      return;
    }
  }
  // A browser that no longer wants the answer (a newer query replaced it) closes the request:
  // queued, it never runs; running on a reader thread, its answer is dropped.
  const abandoned = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abandoned.abort();
  });
  const result = await callApi(handlers, method, input, {
    signal: abandoned.signal,
    ...(typeof session === 'string' ? { session } : {}),
  });
  if (abandoned.signal.aborted) return;
  sendJson(res, answerStatus(result), result);
}

/**
 * Web mode: the Archive API as `POST /api/<method>` and the built renderer, on 127.0.0.1 only.
 * Every request must name the server by its loopback host (DNS rebinding) and come from its own
 * origin if from any (CSRF); API calls must carry the per-run token.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(32).toString('hex');
  const threads = options.readerThreads ?? 2;
  const ownReaders =
    !options.readers && threads > 0
      ? createReaderPool({ file: options.readFile ?? options.file, size: threads })
      : undefined;
  const readers = options.readers ?? ownReaders;
  const downloads = csvDownloads(options.readFile ?? options.file, readers);
  const all = createHandlers(options.db, options.file, {
    exportCsv: downloads.create,
    ...(readers ? { readers } : {}),
  });
  let handlers = options.readOnly ? readOnlyHandlers(all, options.readOnly) : all;
  let port = 0;

  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!hostAllowed(req, port) || !originAllowed(req, port)) {
      sendError(res, 403, 'refused', 'errors.web.otherSite');
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname.startsWith('/api/')) {
      if (!tokenMatches(req, token)) {
        sendError(res, 401, 'refused', 'errors.web.noToken');
        return;
      }
      handleApi(req, res, pathname.slice('/api/'.length), handlers).catch(() => {
        if (!res.headersSent) {
          sendError(res, 500, 'internal', 'errors.web.failed');
        } else res.destroy();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      res.writeHead(405).end();
      return;
    }
    if (pathname.startsWith(DOWNLOAD_PREFIX)) {
      downloads.serve(req, res, pathname.slice(DOWNLOAD_PREFIX.length));
      return;
    }
    const file = options.rendererDir ? resolveStaticFile(options.rendererDir, pathname) : null;
    if (!file) {
      // A page a person may read: in the browser's language, as the app would speak.
      const language = pickLanguage(acceptedLanguages(req.headers['accept-language']));
      res
        .writeHead(404, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Content-Language': language,
        })
        .end(`${tIn(language, 'errors.web.notFound')}\n`);
      return;
    }
    sendFile(res, file, req.method === 'HEAD');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (e: unknown) => {
    await ownReaders?.close();
    throw e;
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    address: bound.address,
    port,
    token,
    refuseChanges: (state) => {
      handlers = readOnlyHandlers(all, state);
    },
    readsQuiet: (forMs) => readers?.quiet(forMs) ?? Promise.resolve(),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await ownReaders?.close();
    },
  };
}
