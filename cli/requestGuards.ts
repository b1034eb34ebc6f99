import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Hosts a page may reach the server by: never another name, against DNS rebinding. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).includes(host);
}

/** A request from another site's page (CSRF) carries its Origin; requests without one pass. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

function digest(text: string): Buffer {
  return crypto.createHash('sha256').update(text).digest();
}

/** Compares in constant time; hashing first hides the token's length too. */
export function tokenMatches(req: IncomingMessage, token: string): boolean {
  const given = req.headers['x-archive-token'];
  if (typeof given !== 'string') return false;
  return crypto.timingSafeEqual(digest(given), digest(token));
}
