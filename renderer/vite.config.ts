import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server's hot reload injects an inline script, which the page's CSP rightly refuses;
 * the policy is dropped while developing only. Built pages always carry it.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'archive-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

/**
 * `ARCHIVE_URL=<the address archive serve printed> npm run dev:renderer` sends the dev page's API
 * calls to that running archive. The archive refuses other origins, so the proxy leaves the
 * browser's Origin out; open the dev page with the same `?token=`.
 */
function apiProxy(): Record<string, ProxyOptions> | undefined {
  const target = process.env.ARCHIVE_URL;
  if (!target) return undefined;
  return {
    '/api': {
      target: new URL(target).origin,
      changeOrigin: true,
      configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
    },
  };
}

export default defineConfig({
  root: here,
  // Relative asset URLs, so the same build loads over file:// in Electron and over HTTP in web mode.
  base: './',
  plugins: [react(), devWithoutCsp()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
  server: { port: 5173, strictPort: false, proxy: apiProxy() },
});
