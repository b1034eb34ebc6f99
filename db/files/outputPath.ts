/**
 * The one check every file the user names for output goes through (CSV exports, backups): it
 * must not be the archive, by any path, link or hard link, nor one of the files SQLite keeps
 * beside it, nor anything in its backups folder, and it must not be a folder. Only stat() and
 * realpath() are used: they open no descriptor, so SQLite's locks on the archive are safe.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ArchiveError } from '../errors.js';
import { backupsDir } from '../backup/preMigrationBackup.js';

const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** The path with its existing part resolved through links: the place a write would land. */
function landing(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(landing(parent), path.basename(file));
  }
}

function sameFile(a: string, b: string): boolean {
  const x = fs.statSync(a, { throwIfNoEntry: false });
  const y = fs.statSync(b, { throwIfNoEntry: false });
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

function inside(file: string, dir: string): boolean {
  return file === dir || file.startsWith(dir + path.sep);
}

/** Whether a write to `out` would land on the archive or beside it, in its own files. */
function hitsArchive(archiveFile: string, out: string): boolean {
  const archive = path.resolve(archiveFile);
  const target = landing(out);
  for (const name of new Set([archive, landing(archive)])) {
    for (const suffix of COMPANIONS) {
      if (target === landing(name + suffix) || sameFile(out, name + suffix)) return true;
    }
    if (inside(target, landing(backupsDir(name)))) return true;
  }
  return false;
}

/**
 * The absolute path to write `outFile` to, or a refusal saying why not. `what` names the file
 * in the sentence ("CSV file", "backup").
 */
export function checkOutputPath(archiveFile: string, outFile: string, what: string): string {
  const out = path.resolve(outFile);
  if (fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()) {
    const example = path.join(out, what === 'backup' ? 'archive-backup.db' : 'export.csv');
    throw new ArchiveError('invalid_input', 'errors.outputPath.folderNotWritten', {
      out,
      what,
      example,
    });
  }
  if (hitsArchive(archiveFile, out)) {
    throw new ArchiveError('invalid_input', 'errors.outputPath.archiveOneOwn', {
      out,
      archive: path.resolve(archiveFile),
      what,
    });
  }
  return out;
}
