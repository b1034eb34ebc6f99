import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

function within(root: string, file: string): boolean {
  return file === root || file.startsWith(root + path.sep);
}

/**
 * The file under `root` a URL path names, or null when there is none: `/` is index.html;
 * `..`, encoded separators, NUL bytes and links that lead outside the root find nothing.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  if (decoded.split('/').includes('..')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  let realRoot: string;
  let real: string;
  try {
    realRoot = fs.realpathSync(root);
    real = fs.realpathSync(path.resolve(realRoot, relative));
  } catch {
    return null;
  }
  if (!within(realRoot, real) || !fs.statSync(real).isFile()) return null;
  return real;
}

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Sends a file found by resolveStaticFile; the caller has set the security headers. */
export function sendFile(res: ServerResponse, file: string, headOnly: boolean): void {
  const body = fs.readFileSync(file);
  res.writeHead(200, {
    'Content-Type': mimeType(file),
    'Content-Length': body.length,
    // The built file names carry a content hash; index.html must be fetched fresh.
    'Cache-Control': path.basename(file) === 'index.html' ? 'no-cache' : 'public, max-age=3600',
  });
  res.end(headOnly ? undefined : body);
}
