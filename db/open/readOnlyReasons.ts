import path from 'node:path';

/** Why an archive is open for reading only, and what to do about it, for each cause. */
export function readOnlyReasons(
  file: string,
): Record<'file' | 'folder' | 'disk' | 'locked', string> {
  return {
    file: `The archive file ${file} is read-only for you. To make changes, ask for permission to write to it, or open a copy you can write to.`,
    folder: `The folder ${path.dirname(file)} that holds the archive cannot be written to, and the archive needs to write files beside itself while it changes. To make changes, ask for permission to write to the folder, or move the archive to a folder you can write to.`,
    disk: `The archive is on a read-only disk. To make changes, copy the archive to a disk you can write to and open the copy.`,
    locked: `Another program, perhaps Secretariat Archive on another window or computer, is writing to this archive. To make changes, close the other program and start Secretariat Archive again.`,
  };
}
