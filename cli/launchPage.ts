/**
 * How `archive serve` opens the browser without a secret on any command line: `ps` shows every
 * user the arguments of xdg-open and of the browser, so the address with the token goes into a
 * page only the owner may read (0600, in a fresh 0700 folder), and the browser is given that
 * page's path, which sends it on to the address.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRIVATE_FILE } from '../db/files/privateFiles.js';
import { pickLanguage } from '../i18n/language.js';
import { tIn } from '../i18n/messages.js';

/**
 * The browser's page is shown in the language the app will start in, the system's: the command
 * line itself stays English, but this page belongs to the app's window.
 */
function systemLanguage(): string {
  const env = [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG];
  return pickLanguage([
    ...env.filter((v): v is string => !!v),
    Intl.DateTimeFormat().resolvedOptions().locale,
  ]);
}

export interface LaunchPage {
  /** The page's file:// address, for the browser's command line. */
  url: string;
  remove(): void;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function writeLaunchPage(address: string): LaunchPage {
  // mkdtemp makes the folder 0700 and a name no other user can guess ahead to plant a link.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-launch-'));
  const file = path.join(dir, 'open.html');
  const href = escapeHtml(address);
  const language = systemLanguage();
  const say = (key: 'app.name' | 'launch.open') => escapeHtml(tIn(language, key));
  fs.writeFileSync(
    file,
    `<!doctype html>
<html lang="${language}">
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${href}">
<title>${say('app.name')}</title>
<script>location.replace(${JSON.stringify(address).replace(/</g, '\\u003c')});</script>
<p><a href="${href}">${say('launch.open')}</a></p>
`,
    { mode: PRIVATE_FILE, flag: 'wx' },
  );
  return {
    url: pathToFileURL(file).href,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
