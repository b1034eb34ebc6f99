import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { startWebServer, type WebServer } from '../webServer.js';
import { archiveDigest } from './archiveDigest.js';
import { httpRequest } from './httpRequest.js';
import { tempDir } from './testIo.js';

let dir: string;
let db: Database.Database;
let server: WebServer;

beforeAll(async () => {
  dir = tempDir();
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Archive</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for the browser');
  db = openArchive(path.join(dir, 'archive.db'), { create: true });
  server = await startWebServer({ db, file: path.join(dir, 'archive.db'), rendererDir: renderer });
});

afterAll(async () => {
  await server.close();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function api(method: string, body: unknown, headers: Record<string, string> = {}) {
  return httpRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Archive-Token': server.token, ...headers },
    body: JSON.stringify(body),
  });
}

describe('web mode', () => {
  test('listens on 127.0.0.1 only and prints its address with the token', () => {
    expect(server.address).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && !a.internal && a.family === 'IPv4')?.address;
  // Without a non-loopback address there is nothing to prove this with; the bind address is
  // still checked by connecting only to this machine's own addresses.
  test.skipIf(!external)("refuses connections on the machine's other addresses", async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: external, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });

  test('answers API calls that carry the token', async () => {
    const answer = await api('countRecords', { table: 'visits' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { count: 0 } });
    expect(answer.headers['content-type']).toContain('application/json');
  });

  test('refuses API calls without the token or with a wrong one', async () => {
    const none = await api('stats', {}, { 'X-Archive-Token': '' });
    expect(none.status).toBe(401);
    const wrong = await api('stats', {}, { 'X-Archive-Token': 'a'.repeat(64) });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  test('refuses a foreign Host (DNS rebinding) and a foreign Origin (CSRF)', async () => {
    const host = await api('stats', {}, { Host: `evil.example:${server.port}` });
    expect(host.status).toBe(403);
    const origin = await api('stats', {}, { Origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    const otherPort = await api('stats', {}, { Origin: `http://127.0.0.1:${server.port + 1}` });
    expect(otherPort.status).toBe(403);
    const page = await httpRequest(server.port, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    const own = await api('stats', {}, { Origin: `http://localhost:${server.port}` });
    expect(own.status).toBe(200);
  });

  test('answers refusals as answers, not faults, and changes nothing', async () => {
    const before = archiveDigest(db);
    // A browser logs every 4xx in its console as a fault; a refusal is an answer to show.
    const refusal = async (method: string, input: unknown, code: string) => {
      const answer = await api(method, input);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code } });
    };
    await refusal('listRecords', { table: 'visits', where: 'x' }, 'invalid_input');
    await refusal('getRecord', { table: 'visits', id: 'nope' }, 'not_found');
    await refusal('dropEverything', {}, 'invalid_input');
    const notJson = await httpRequest(server.port, {
      method: 'POST',
      path: '/api/stats',
      headers: { 'X-Archive-Token': server.token },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    const huge = await api('listRecords', { table: 'visits', search: 'x'.repeat(1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(archiveDigest(db)).toBe(before);
  });

  test('serves the renderer with security headers and MIME types', async () => {
    const index = await httpRequest(server.port, { path: `/?token=${server.token}` });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Archive</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; connect-src 'self'",
    );
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect(index.headers['x-frame-options']).toBe('DENY');
    const script = await httpRequest(server.port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  test('serves nothing outside the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets',
      '/missing.js',
      `/${encodeURIComponent(path.join(dir, 'secret.txt'))}`,
    ]) {
      const answer = await httpRequest(server.port, { path: p });
      expect(answer.status, p).toBe(404);
      expect(answer.body).not.toContain('not for the browser');
    }
  });
});
