export const trash = {
  'trash.heading': 'Trash',
  'trash.intro':
    'Records moved to the trash stay here until the trash is emptied. Select records and restore them to put them back as they were.',
  'trash.table': 'Show the trash of',
  'trash.gridLabel': '{table} in the trash',
  'trash.select': 'Select {name}',
  'trash.selectAll': 'Select every record shown',
  'trash.record': 'Record',
  'trash.deleted': 'Deleted',
  'trash.about': 'Dates, place or country',
  'trash.none': 'There are no {table} in the trash.',
  'trash.loading': 'Loading the trash…',
  'trash.restore': 'Restore',
  'trash.selected': '{count, plural, one {# selected} other {# selected}}',
  'trash.restored': '{count, plural, one {Restored # record.} other {Restored # records.}}',
  'trash.total':
    '{count, plural, one {# record in the trash, in every table.} other {# records in the trash, in every table.}}',
  'trash.emptyButton': 'Empty trash…',
  'trash.emptyTitle': 'Empty the trash?',
  'trash.emptyBody':
    '{count, plural, one {The # record in the trash will be deleted for good: it can no longer be restored or undone.} other {All # records in the trash, in every table, will be deleted for good: they can no longer be restored or undone.}}',
  'trash.emptyBackup':
    'The archive is backed up first; that backup, listed under Backups, is the only way back.',
  'trash.emptyConfirm': 'Delete for good',
  'trash.emptying': 'Backing up and emptying the trash…',
  'trash.emptied':
    '{count, plural, one {Deleted # record for good. Backup taken first: {backup}.} other {Deleted # records for good. Backup taken first: {backup}.}}',
  'trash.kept':
    '{count, plural, one {# record stays in the trash because a record in use still refers to it.} other {# records stay in the trash because records in use still refer to them.}}',
  'merge.button': 'Merge with…',
  'merge.title': 'Merge a record into “{name}”',
  'merge.intro':
    'Pick the record that is the same {noun} written another way. Its links move to “{name}”, which is kept; the other goes to the trash.',
  'merge.pick.people': 'Person to merge into this one',
  'merge.pick.organisations': 'Organisation to merge into this one',
  'merge.summary': '{other} will be merged into {kept}: {links}.',
  'merge.noLinks': 'it has no links to move',
  'merge.alias': 'The other spelling is kept as an alias.',
  'merge.links.positions': '{count, plural, one {# position} other {# positions}}',
  'merge.links.meetings': '{count, plural, one {# meeting} other {# meetings}}',
  'merge.links.visits': '{count, plural, one {# visit as traveller} other {# visits as traveller}}',
  'merge.links.departments': '{count, plural, one {# department} other {# departments}}',
  'merge.links.events': '{count, plural, one {# event organised} other {# events organised}}',
  'merge.counting': 'Counting its links…',
  'merge.same': 'A record cannot be merged with itself: pick another one.',
  'merge.confirm': 'Merge',
  'merge.cancel': 'Cancel',
  'merge.working': 'Merging…',
  'merge.done':
    '{count, plural, one {Merged {other} into {kept}: # link moved.} other {Merged {other} into {kept}: # links moved.}}',
} as const;
