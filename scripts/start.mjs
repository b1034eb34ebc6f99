// `npm start`: builds when needed, then runs the desktop app, or web mode where Electron's binary
// cannot be had (machines with no network access to its release files).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsStale } from './distStale.mjs';
import { electronBinary, installElectron } from './electronBinary.mjs';
import { ensureElectronNative } from './electron-native.mjs';
import { linuxSandboxProblem, sandboxRemedy } from './linuxSandbox.mjs';
import { runElectron } from './sandboxAbort.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const forwarded = process.argv.slice(2);

function runNpm(args) {
  // Under `npm start`, npm says where it lives; otherwise find it on the PATH.
  const npmCli = process.env.npm_execpath;
  return npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
}

function paragraph(text) {
  const words = text.split(/\s+/);
  const lines = [''];
  for (const word of words) {
    const last = lines.length - 1;
    if ((lines[last] + ' ' + word).trim().length > 96) lines.push(word);
    else lines[last] = (lines[last] + ' ' + word).trim();
  }
  console.log(`\n${lines.join('\n')}\n`);
}

/** Our signals go to `child` while it runs. Returns a function that stops forwarding them. */
function forwardSignals(child) {
  const forwarders = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => {
    const forward = () => child.kill(signal);
    process.on(signal, forward);
    return () => process.off(signal, forward);
  });
  return () => forwarders.forEach((stop) => stop());
}

/** Runs a child in the foreground: its output is ours, our signals are its, its exit is ours. */
function foreground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  forwardSignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (e) => {
    console.error(`Could not start ${command}: ${e.message}`);
    process.exit(1);
  });
}

const DOWNLOAD_REMEDY =
  'To use the desktop app, run `node node_modules/electron/install.js` on a machine with ' +
  'access to github.com, then `npm start` again.';

function startWebMode(why, remedy = DOWNLOAD_REMEDY) {
  paragraph(
    `${why}, so Secretariat Archive starts in web mode instead: the same app in your browser, ` +
      'served only to this computer (nobody else on the network can reach it). Your browser ' +
      `opens by itself; stop the app with Ctrl+C here. ${remedy}`,
  );
  foreground(process.execPath, [path.join(root, 'bin', 'archive.mjs'), 'serve', ...forwarded]);
}

if (distIsStale(root)) {
  console.log('Building Secretariat Archive (the sources changed since the last build)...');
  const build = runNpm(['run', 'build']);
  if (build.status !== 0) {
    console.error(
      'The build failed (see above), so the app was not started. Fix it and run `npm start` again.',
    );
    process.exit(build.status ?? 1);
  }
}

const binary = electronBinary(root) ?? installElectron(root);
const sandboxProblem = binary ? linuxSandboxProblem(binary) : null;
if (!binary) {
  startWebMode(
    'Electron could not be downloaded on this machine (no network access to its release files)',
  );
} else if (sandboxProblem) {
  startWebMode(sandboxProblem.why, sandboxProblem.remedy);
} else {
  let native;
  try {
    native = ensureElectronNative(root);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
  }
  if (!native) {
    startWebMode('Electron is installed, but the archive engine could not be built for it');
  } else {
    // Inherited from an Electron-based editor's terminal, this would start Electron as plain Node.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    startElectron(binary, env);
  }
}

/**
 * Electron in the foreground; if it stops at start with Chromium's sandbox message anyway (a
 * restriction the check above could not see), web mode takes over, saying why.
 */
function startElectron(electron, env) {
  const { child, done } = runElectron(electron, [root, ...forwarded], { cwd: root, env });
  const stopForwarding = forwardSignals(child);
  done.then(
    ({ code, signal, sandboxAbort }) => {
      stopForwarding();
      if (!sandboxAbort) process.exit(code ?? (signal ? 1 : 0));
      startWebMode(
        'Electron stopped at start because this Linux does not let it sandbox its windows ' +
          '(the message above)',
        sandboxRemedy(electron),
      );
    },
    (e) => {
      console.error(`Could not start ${electron}: ${e.message}`);
      process.exit(1);
    },
  );
}
