import fs from 'node:fs';
import path from 'node:path';

/** Where the end-to-end tests' browser was found. */
export type BrowserSource = 'CHROMIUM_PATH' | 'playwright' | 'system';

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
}

/** What the finder looks at; the tests give it a made-up machine. */
export interface BrowserPlaces {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Where Playwright keeps the Chromium that `npx playwright install chromium` downloads. */
  playwrightChromium: string | null;
}

/** The names a system Chromium or Chrome goes by on PATH, most likely first. */
export const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

/** Installed apps that are not on PATH: macOS keeps them in bundles, Windows in Program Files. */
function knownPlaces(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']];
    return roots.flatMap((root) =>
      root ? [path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')] : [],
    );
  }
  return [];
}

function isExecutable(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    // Windows has no execute bit: a file with an executable's extension is one.
    if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of `names` in a folder of PATH, in PATH's order, as a shell would find it. */
export function onPath(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
) {
  const dirs = (env['PATH'] ?? env['Path'] ?? '').split(path.delimiter).filter(Boolean);
  const suffixes = platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const name of names) {
    for (const dir of dirs) {
      for (const suffix of suffixes) {
        const file = path.join(dir, name + suffix);
        if (isExecutable(file, platform)) return file;
      }
    }
  }
  return null;
}

/**
 * The browser the end-to-end tests drive: CHROMIUM_PATH when set; else Playwright's own Chromium
 * when it was downloaded (the one Playwright is tested with); else a system Chromium or Chrome.
 * Null when there is none, as on a fresh machine before `npm test` installs one.
 */
export function findBrowser({
  env,
  platform,
  playwrightChromium,
}: BrowserPlaces): FoundBrowser | null {
  const override = env['CHROMIUM_PATH'];
  if (override) return { path: override, source: 'CHROMIUM_PATH' };
  if (playwrightChromium && isExecutable(playwrightChromium, platform)) {
    return { path: playwrightChromium, source: 'playwright' };
  }
  const system =
    onPath(BROWSER_NAMES, env, platform) ??
    knownPlaces(env, platform).find((file) => isExecutable(file, platform));
  return system ? { path: system, source: 'system' } : null;
}
