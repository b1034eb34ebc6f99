/** The archive's own errors, which the CLI prints and the interface shows. */
export const archiveOpen = {
  'errors.startupRecovery.damagedArchiveNot':
    'The damaged archive {file} could not be moved aside ({reason}). Close any other program using it and try again.',
  'errors.startupRecovery.alreadyArchiveBackup':
    'There is already an archive at {file}, so the backup was not put in its place. Move it aside first.',
  'errors.startupRecovery.backupNotPut':
    'The backup could not be put in place of the archive ({reason}). Free some disk space and try again.',
  'errors.readOnlyHandlers.nothingChangedArchive':
    'Nothing was changed: this archive is open for reading only. {reason}',
  'errors.open.fileNotSecretariat':
    'The file {file} is not a Secretariat Archive (it is not an SQLite database, or it is damaged). Choose another file, or restore the archive from a backup.',
  'errors.open.archiveWrittenNewer':
    'This archive was written by a newer version of Secretariat Archive (schema v{found}; this version knows up to v{known}). Update the app to open it.',
  'errors.open.folderDoesNot':
    'The folder {folder} does not exist, so no archive was created there. Create the folder first or choose another place.',
  'errors.open.folderNotArchive': '{file} is a folder, not an archive file. Choose a file.',
  'errors.open.archiveUsesOlder':
    'The archive {file} uses an older schema (v{version}) and must be upgraded to v{latest} before it can be read. Open it once without read-only mode to upgrade it.',
  'errors.open.archiveNotSwitched':
    'The archive {file} could not be switched to write-ahead logging, which keeps it safe when the computer stops. Move it to a local disk and open it again.',
  'errors.open.databaseEngineInstallation':
    'The database engine of this installation could not be loaded, so no archive was opened. Reinstall Secretariat Archive.',
  'errors.open.areNotAllowed':
    'You are not allowed to read {file}. Check its permissions, or choose another file.',
  'errors.quickCheck.archiveDamagedRestore':
    'The archive {file} is damaged ({check}). Restore it from a backup; the folder {name}.backups beside it may hold one.',
  'errors.checkInBackground.archiveDamagedRestore':
    'The archive {named} is damaged ({problem}). Restore it from a backup; the folder {name}.backups beside it may hold one.',
  'errors.checkInBackground.archiveDamaged': 'The archive {named} is damaged. {message}',
  'errors.migrate.migrationsMissing':
    'The schema migrations of this installation are missing (looked in {dir}). Reinstall Secretariat Archive.',
  'errors.migrate.migrationsIncomplete':
    'The schema migrations of this installation are incomplete (expected version {expected}, found {name}). Reinstall Secretariat Archive.',
  'errors.migrate.upgradingArchiveSchema':
    'Upgrading the archive to schema version {version} would leave {count} broken references, so it was not upgraded. Please report this; your archive is unchanged at version {current}.',
  'errors.preMigrationBackup.backupFailed':
    'The archive needs upgrading, but its backup could not be written, so it was left as it is. {reason}',
  'errors.preMigrationBackup.backupNotWritten':
    'The archive needs upgrading, but its backup could not be written to {dir} ({reason}), so it was left as it is. Free some disk space or check that the folder is writable, then open it again.',
  'errors.preMigrationBackup.backupDamaged':
    'The archive needs upgrading, but its backup at {target} did not pass its integrity check, so the archive was left as it is. Check the disk and open the archive again.',
  'errors.open.emptyFile':
    'The file {file} is empty, not an archive. Create an archive with `archive init --db {file}`, or choose another file.',
  'errors.open.noArchive':
    'No archive at {file}. Create one with `archive init --db {file}`, or check the path.',
  'readOnly.file':
    'The archive file {file} is read-only for you. To make changes, ask for permission to write to it, or open a copy you can write to.',
  'readOnly.folder':
    'The folder {folder} that holds the archive cannot be written to, and the archive needs to write files beside itself while it changes. To make changes, ask for permission to write to the folder, or move the archive to a folder you can write to.',
  'readOnly.disk':
    'The archive is on a read-only disk. To make changes, copy the archive to a disk you can write to and open the copy.',
  'readOnly.locked':
    'Another program, perhaps Secretariat Archive on another window or computer, is writing to this archive. To make changes, close the other program and start Secretariat Archive again.',
  'errors.sqlite.busy':
    'The archive is busy with another task or another program. Wait a moment and try again.',
  'errors.sqlite.full':
    'The disk is full, so the change was not saved. Free some space and try again.',
  'errors.sqlite.readOnly':
    'The archive file is read-only, so nothing can be saved. Check the file permissions or open a copy you can write to.',
  'errors.sqlite.corrupt':
    'The archive file is damaged. Restore it from a backup, or run `archive check` to see what is wrong.',
  'errors.sqlite.notADatabase':
    'The file is not a Secretariat Archive (it is not an SQLite database). Choose another file or restore from a backup.',
  'errors.sqlite.cantOpen':
    'The archive file could not be opened. Check that its folder exists and that you may read and write it.',
  'errors.sqlite.ioError':
    'Reading or writing the archive file failed. Check the disk and try again; if it persists, restore from a backup.',
  'errors.internal':
    'Something went wrong inside Secretariat Archive, and nothing was changed. Try again; if it happens again, please report it.',
  'warnings.location.share':
    'The archive {file} is on a network share. Its safety log needs a local disk: two computers or a dropped connection can damage it. Move the archive to a folder on this computer’s own disk (File > Open Archive… can then open it there); backups can still go to the share.',
  'warnings.location.networkDrive':
    'The archive {file} is on a network drive ({type} at {dir}). Its safety log needs a local disk: two computers or a dropped connection can damage it. Move the archive to a folder on this computer’s own disk (File > Open Archive… can then open it there); backups can still go to the share.',
  'warnings.location.cloud':
    'The archive {file} is in a folder that {cloud} synchronises. A sync client copies the file while it is being written, which can damage it or bring back an old copy. Move the archive to a folder on this computer’s own disk (File > Open Archive… can then open it there); backups can still go to the share.',
} as const;
