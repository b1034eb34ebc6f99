/** The desktop app's own dialogs: leaving unsaved edits, making and opening archive files. */
export const dialogs = {
  'dialog.unload.discard': 'Discard changes',
  'dialog.unload.keep': 'Keep editing',
  'dialog.unload.message': 'Discard unsaved changes?',
  'dialog.unload.detail':
    'A form in this window has changes that are not saved. Closing or reloading the window loses them.',
  'dialog.archiveFiles': 'Secretariat archives',
  'dialog.newArchive.title': 'New archive',
  'dialog.newArchive.button': 'Create',
  'dialog.newArchive.fileName': 'New archive',
  'dialog.newArchive.existsTitle': 'There is already a file with this name',
  'dialog.newArchive.exists':
    '{file} already exists, so no new archive was made and the file was not changed. To open it, use File > Open Archive…; for a new archive, choose another name.',
  'dialog.openArchive.title': 'Open archive',
  'dialog.missing.remove': 'Remove from list',
  'dialog.missing.keep': 'Keep in list',
  'dialog.missing.message': '{name} was not found',
  'dialog.missing.detail':
    'There is no file at {file} now: it may have been moved or deleted, or it is on a drive that is not connected. Removing it from the list does not delete anything.',
  'dialog.backup.taken':
    'Taken {when}: {visits, plural, one {# visit} other {# visits}}, {meetings, plural, one {# meeting} other {# meetings}}, {people, plural, one {# person} other {# people}}, {organisations, plural, one {# organisation} other {# organisations}} ({inTrash, plural, one {# record} other {# records}} in the trash).',
  'dialog.backup.unknownDate': 'an unknown date',
  'dialog.backup.done': 'The archive is backed up.',
  'dialog.backup.doneDetail': 'The backup is {file}. It passed its integrity check.',
  'dialog.backup.otherFolder': 'Choose Another Folder…',
  'dialog.close': 'Close',
  'dialog.backup.failed': 'The archive could not be backed up.',
  'dialog.backup.folderNotChanged': 'The backups folder was not changed.',
  'dialog.restore.title': 'Restore from backup',
  'dialog.restore.files': 'Archive backups',
  'dialog.restore.button': 'Restore',
  'dialog.cancel': 'Cancel',
  'dialog.restore.message': 'Replace the archive with this backup?',
  'dialog.restore.detail':
    '{backup}\n\nThe archive as it is now is backed up first, so this can be reversed by restoring that backup.',
  'dialog.restore.done': 'The archive was restored.',
  'dialog.restore.doneDetail': 'What it held before is kept in {file}.',
  'dialog.restore.failed': 'The archive was not restored.',
} as const;
