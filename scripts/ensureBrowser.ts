/**
 * Run before the end-to-end tests (`pretest:e2e`): finds the browser they drive, or provides one
 * (see browserProvisions), saying what it does; where neither works, says what to install and
 * fails, before Playwright starts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { browserHelp } from './browserHelp.js';
import { browserProvisions, type Provision } from './browserProvisions.js';
import { findBrowser, onPath, type FoundBrowser } from './findBrowser.js';

const SOURCES: Record<FoundBrowser['source'], string> = {
  CHROMIUM_PATH: 'named by CHROMIUM_PATH',
  playwright: 'Playwright’s own Chromium',
  system: 'the system’s browser',
};

const find = () =>
  findBrowser({
    env: process.env,
    platform: process.platform,
    playwrightChromium: chromium.executablePath(),
  });

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`$ ${[command, ...args].join(' ')}`);
  // A download that cannot reach its site gives up within minutes rather than hanging the tests.
  const result = spawnSync(command, args, { stdio: 'inherit', env, timeout: 10 * 60_000 });
  return result.status === 0;
}

function provide(way: Provision): boolean {
  if (way === 'apt') {
    console.log('No browser for the end-to-end tests; installing Debian’s chromium package.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    return (
      run('apt-get', ['update', '-qq'], env) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium'], env)
    );
  }
  console.log('No browser for the end-to-end tests; downloading Playwright’s Chromium.');
  const cli = path.join(process.cwd(), 'node_modules', '@playwright', 'test', 'cli.js');
  return run(process.execPath, [cli, 'install', 'chromium']);
}

function main(): number {
  let found = find();
  const ways = browserProvisions({
    uid: process.getuid?.(),
    debian: fs.existsSync('/etc/debian_version'),
    aptGet: onPath(['apt-get'], process.env, process.platform) !== null,
  });
  for (const way of ways) {
    if (found) break;
    if (provide(way)) found = find();
  }
  if (!found) {
    console.error(`\n${browserHelp(process.platform)}\n`);
    return 1;
  }
  console.log(`End-to-end tests drive ${found.path} (${SOURCES[found.source]}).`);
  return 0;
}

process.exitCode = main();
