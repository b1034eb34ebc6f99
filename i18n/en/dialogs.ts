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
} as const;
