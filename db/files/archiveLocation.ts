import type { MessageRef } from '../../i18n/messages.js';
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
): MessageRef | null {
  const where = path.resolve(file);
  if (/^(\\\\|\/\/)/.test(file)) return { key: 'warnings.location.share', params: { file } };
  const mount = mounts
    .filter((m) => where === m.dir || where.startsWith(m.dir.endsWith('/') ? m.dir : `${m.dir}/`))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
  if (mount && NETWORK_FILESYSTEMS.has(mount.type)) {
    return {
      key: 'warnings.location.networkDrive',
      params: { file, type: mount.type, dir: mount.dir },
    };
  }
  const cloud = where.split(/[\\/]/).find((segment) => CLOUD_FOLDER.test(segment));
  if (cloud) {
    return { key: 'warnings.location.cloud', params: { file, cloud } };
  }
  return null;
}
