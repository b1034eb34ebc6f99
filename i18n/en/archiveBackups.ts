/** The archive's own errors, which the CLI prints and the interface shows. */
export const archiveBackups = {
  'errors.replaceContent.backupHoldsSearch':
    'The backup holds a search index this version cannot rebuild ({name}), so nothing was restored. Please report this.',
  'errors.backupRotation.nothingChanged': 'Nothing was changed. {reason}',
  'errors.chooseBackupFolder.nothingChanged': '{sentence} Nothing was changed.',
  'errors.backupsFolder.chosenMissing':
    'No backup was written: the backups folder you chose, {chosen}, is not there (a drive not connected?). Connect it, or choose another backups folder.',
  'errors.backupsFolder.unwritable':
    'No backup was written: the backups folder {dir} cannot be made or written to ({reason}). {advice}; `archive backup --out FILE` writes a copy wherever you choose.',
  'errors.backupApi.noBackupNamed':
    'There is no backup named {name} in this archive’s backups folder. Reload the list of backups and choose one.',
  'errors.outputPath.folderNotWritten':
    '{out} is a folder, so the {what} was not written. Name a file in it, such as {example}.',
  'errors.outputPath.archiveOneOwn':
    '{out} is the archive ({archive}) or one of its own files, so the {what} was not written: writing there would destroy records. Choose another file.',
  'errors.backupFolderChoices.programKeepsNo':
    'This program keeps no choice of backups folder; the backups stay beside the archive. Nothing was changed.',
  'errors.backupFolderChoices.choiceBackupsFolder':
    'The choice of backups folder could not be kept in {choicesFile} ({reason}). Nothing was changed; check that your profile folder can be written.',
  'errors.backup.backupStoppedBecause':
    'The backup was stopped because the archive gave it nothing to copy for several seconds (another program may hold it). Nothing was changed; try again later.',
  'errors.backup.backupCannotWritten':
    'A backup cannot be written over the archive itself. Choose another file name.',
  'errors.backup.alreadyFileNo':
    'There is already a file at {target}, so no backup was written. Choose another name, or allow overwriting it.',
  'errors.backup.folderDoesNot':
    'The folder {folder} does not exist, so no backup was written. Create it or choose another place.',
  'errors.backup.backupDidNot':
    'The backup did not pass its integrity check ({result}), so it was not kept. Check the disk and try again.',
  'errors.restoreBackup.backupCannotRestored':
    'The backup {file} cannot be restored: {why}. Choose another backup.',
  'errors.restoreBackup.backupWrittenNewer':
    'The backup {file} was written by a newer version of Secretariat Archive (schema v{version}). Update the app to restore it.',
  'errors.restoreBackup.archiveCannotRestored':
    'An archive cannot be restored from itself. Choose a backup.',
  'errors.restoreBackup.archiveNotRestored':
    'The archive could not be restored ({message}); it is as it was.{copy}',
  'errors.chooseBackupFolder.backupsFolderFull':
    'The backups folder must be a full path, such as /home/you/Backups; “{folder}” is not.',
  'errors.chooseBackupFolder.temporaryFolderArchive':
    '{folder} is the temporary folder this archive is read from, which is deleted when the app closes. Choose a folder of your own.',
  'errors.chooseBackupFolder.archiveAlreadyKeeps':
    'The archive {sharer} already keeps its backups in {folder}, and two archives named {name} would share one rotation. Choose another folder.',
  'errors.chooseBackupFolder.noFolderCheck':
    'There is no folder {folder}. Check the path, or ask for the folder to be created.',
  'errors.chooseBackupFolder.folderNotCreated':
    'The folder {folder} could not be created ({reason}): its parent folder must exist and be yours to write to.',
  'errors.chooseBackupFolder.fileNotFolder': '{folder} is a file, not a folder. Choose a folder.',
  'errors.chooseBackupFolder.mayNotWrite':
    'You may not write to the folder {folder}. Choose a folder of your own.',
  'errors.chooseBackupFolder.windowChoosesBackups':
    'This window chooses the backups folder in the system’s own dialog.',
  'errors.chooseBackupFolder.typeFullPath': 'Type the full path of the folder for the backups.',
  'errors.backup.notWritten':
    'The backup to {target} could not be written. Check that the folder is writable and has free space, then try again.',
  'errors.backupsFolder.adviceChosen':
    'Choose another backups folder, or ask for permission to write to this one',
  'errors.backupsFolder.adviceBeside':
    'Choose another backups folder, ask for permission to write to the folder that holds the archive, or copy the archive to a folder you can write to',
} as const;
