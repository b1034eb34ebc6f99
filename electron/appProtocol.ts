import fs from 'node:fs';
import type { CustomScheme } from 'electron';
import { mimeType, resolveStaticFile } from '../cli/staticFiles.js';
import { t } from '../i18n/messages.js';
import { APP_HOST, APP_SCHEME } from './rendererUrl.js';
import { CONTENT_SECURITY_POLICY } from './windowOptions.js';

/**
 * Standard, so that relative URLs, the origin and 'self' in the policy work as on the web;
 * secure, so that the page is a secure context; fetch, so that the page may fetch its own files.
 * Nothing more: no CSP bypass, no service workers, no CORS.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

function notFound(): Response {
  return new Response(`${t('errors.web.notFound')}\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The answer to a request on the app's scheme: a file of the built renderer in `rendererDir`,
 * with its type and the app's content policy, or 404 for anything else (another host, a path
 * that climbs out of the folder, plainly or percent-encoded, an absolute path, a link leading
 * outside). The web mode's server finds its files by the same rule.
 */
export function rendererResponse(request: Request, rendererDir: string): Response {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  const file = resolveStaticFile(rendererDir, url.pathname);
  if (!file) return notFound();
  return new Response(request.method === 'HEAD' ? null : fs.readFileSync(file), {
    status: 200,
    headers: {
      'Content-Type': mimeType(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      // The app's files change only with the app; a new version must not show an old page.
      'Cache-Control': 'no-cache',
    },
  });
}
