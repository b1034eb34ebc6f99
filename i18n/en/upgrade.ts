/** What an archive's upgrade says while it runs: on the CLI's stderr and in the app's small window. */
export const upgrade = {
  'errors.upgrade.threadStopped':
    'The archive’s upgrade stopped before it was done ({reason}); the archive stays at the last version it reached. Open it again, or report this if it happens again.',
  'upgrade.title': 'Upgrading the archive',
  'upgrade.checking': 'Checking the archive before upgrading it…',
  'upgrade.backingUp': 'Backing up the archive before upgrading it…',
  'upgrade.backingUpPercent': 'Backing up the archive before upgrading it: {percent}% copied',
  'upgrade.checkingBackup': 'Checking the backup before upgrading the archive…',
  'upgrade.migrating': 'Upgrading the archive to schema version {version} of {latest}…',
  'upgrade.migratingPercent':
    'Upgrading the archive to schema version {version} of {latest}: {percent}% done',
  'upgrade.done': 'The archive is upgraded to schema version {version}.',
  'upgrade.wait':
    'A large archive takes a few minutes. The app opens when the upgrade is done; a backup of the archive is taken before it.',
};
