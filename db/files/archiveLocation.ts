import fs from 'node:fs';
import path from 'node:path';

export interface Mount {
  dir: string;
  type: string;
}

const NETWORK_FILESYSTEMS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'afs',
  '9p',
  'davfs',
  'fuse.sshfs',
  'fuse.rclone',
  'fuse.gvfsd-fuse',
  'ceph',
  'glusterfs',
]);

/** Folders that sync clients watch and copy file by file, which tears a live database apart. */
const CLOUD_FOLDER =
  /^(onedrive( - .+)?|dropbox|google ?drive|icloud ?drive|mobile documents|cloudstorage|box( sync)?|pcloud drive|nextcloud|owncloud|mega|yandex\.disk)$/i;

/** The mounts of a Linux machine; elsewhere none are known, and only names are looked at. */
export function readMounts(): Mount[] {
  try {
    return fs
      .readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .flatMap((line) => {
        const [, dir, type] = line.split(' ');
        // /proc/mounts writes a space in a path as \040.
        return dir && type ? [{ dir: dir.replace(/\\040/g, ' '), type }] : [];
      });
  } catch {
    return [];
  }
}

/**
 * A warning when the archive lives where SQLite's write-ahead log is not safe (a network share)
 * or where a sync client copies it while it is written (a cloud-synced folder); null otherwise.
 */
export function archiveLocationWarning(
  file: string,
  mounts: Mount[] = readMounts(),
): string | null {
  const where = path.resolve(file);
  const advice =
    'Move the archive to a folder on this computer’s own disk (File > Open Archive… can then open it there); backups can still go to the share.';
  if (/^(\\\\|\/\/)/.test(file)) {
    return `The archive ${file} is on a network share. Its safety log needs a local disk: two computers or a dropped connection can damage it. ${advice}`;
  }
  const mount = mounts
    .filter((m) => where === m.dir || where.startsWith(m.dir.endsWith('/') ? m.dir : `${m.dir}/`))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
  if (mount && NETWORK_FILESYSTEMS.has(mount.type)) {
    return `The archive ${file} is on a network drive (${mount.type} at ${mount.dir}). Its safety log needs a local disk: two computers or a dropped connection can damage it. ${advice}`;
  }
  const cloud = where.split(/[\\/]/).find((segment) => CLOUD_FOLDER.test(segment));
  if (cloud) {
    return `The archive ${file} is in a folder that ${cloud} synchronises. A sync client copies the file while it is being written, which can damage it or bring back an old copy. ${advice}`;
  }
  return null;
}
