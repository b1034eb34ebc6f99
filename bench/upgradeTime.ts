/**
 * The upgrade of an archive as the app opens it (check, backup, migrations), timed: wall and
 * processor time of the whole, and the moment each phase began when the checkout says its phases.
 * Not part of `npm run bench`; for comparing two checkouts on copies of the same archive (the copy
 * is upgraded, and its backup written beside it):
 *
 *   npx tsx bench/upgradeTime.ts <checkout> <copy of an archive at an older schema>
 */
import os from 'node:os';
import path from 'node:path';

const [root, file] = process.argv.slice(2);
if (!root || !file) throw new Error('Usage: upgradeTime.ts <checkout> <archive copy>');
const { openArchive } = (await import(
  path.resolve(root, 'db/open/open.ts')
)) as typeof import('../db/open/open.js');

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const started = performance.now();
const cpu = process.cpuUsage();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
let said = '';
let reports = 0;
console.log(`${new Date().toISOString()} load ${load()}: opening ${file}`);
const db = openArchive(file, {
  onProgress: (p) => {
    reports++;
    const phase = p.phase === 'upgrading' ? `upgrading to v${p.version}` : p.phase;
    if (phase !== said) console.log(`${seconds()} s: ${phase}`);
    said = phase;
  },
});
db.close();
const used = process.cpuUsage(cpu);
console.log(
  `${new Date().toISOString()} load ${load()}: ${seconds()} s wall, ` +
    `${((used.user + used.system) / 1e6).toFixed(1)} s processor ` +
    `(user ${(used.user / 1e6).toFixed(1)}, system ${(used.system / 1e6).toFixed(1)}), ` +
    `${reports} progress reports`,
);
