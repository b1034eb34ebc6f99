import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, windowOptions } from '../windowOptions.js';

describe('windowOptions', () => {
  test('isolates the renderer from Node and sandboxes it', () => {
    const prefs = windowOptions('/app/dist/electron/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  test('checks spelling only with the system spellchecker (macOS), never with downloaded dictionaries', () => {
    expect(windowOptions('/p', 'darwin').webPreferences?.spellcheck).toBe(true);
    expect(windowOptions('/p', 'win32').webPreferences?.spellcheck).toBe(false);
    expect(windowOptions('/p', 'linux').webPreferences?.spellcheck).toBe(false);
  });

  test('the content security policy allows only what ships with the app', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });
});
