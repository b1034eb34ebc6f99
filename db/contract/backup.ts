/** The archive's backups: listing, taking, restoring, and where they go. */
import * as z from 'zod';
import type { TableName } from './tables.js';

/** A backup in the archive's backups folder, known by its file name there. */
export interface BackupEntry {
  name: string;
  /** Why it was taken: daily, manual, pre-import, pre-empty-trash, pre-restore, pre-migration-vN. */
  kind: string;
  /** When it was taken, ISO. */
  at: string;
  bytes: number;
}

export const BackupRefSchema = z.strictObject({ name: z.string().min(1).max(200) });
export type BackupRef = z.infer<typeof BackupRefSchema>;

/**
 * Another folder for the archive's backups. Web mode sends the path the user typed; the desktop
 * app sends none and asks in the system's folder dialog (the window never names a path).
 */
export const SetBackupFolderInputSchema = z.strictObject({
  folder: z.string().trim().min(1).max(4096).optional(),
  /** Make the folder (readable by its owner only) when it does not exist yet. */
  create: z.boolean().default(false),
  /** Go back to the folder beside the archive. */
  reset: z.boolean().default(false),
});
export type SetBackupFolderInput = z.input<typeof SetBackupFolderInputSchema>;

/** Where the archive's backups go. */
export interface BackupFolderInfo {
  /** The folder the backups are written to and listed from. */
  folder: string;
  /** The folder the user chose (the backups are in a subfolder of it), or null: beside the archive. */
  chosen: string | null;
  /** True where the host asks for the folder in its own dialog rather than taking a typed path. */
  dialog: boolean;
  /** False when the user closed the dialog without choosing. */
  changed: boolean;
}

export interface RestoreResult {
  /** The backup now in the archive, and what it holds. */
  restored: BackupEntry & { counts: Record<TableName, number>; inTrash: number };
  /** The backup of what the archive held before, taken first. */
  safetyCopy: BackupEntry;
}
