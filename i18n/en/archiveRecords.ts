/** The archive's own errors, which the CLI prints and the interface shows. */
export const archiveRecords = {
  'errors.mergeRecords.noRecord':
    'There is no {noun} with the id {id} ({role}), so nothing was merged. Reload the list and choose again.',
  'errors.mergeRecords.inTrash':
    'The {noun} {name} ({role}) is in the trash, so nothing was merged. Restore it first, or choose another.',
  'errors.mergeRecords.itself':
    'A {noun} cannot be merged into itself, so nothing was merged. Choose two different records.',
  'errors.mergeRecords.insideItself':
    '{name} is part of {mergedName}, so merging would place the organisation inside itself. Nothing was merged: merge them the other way round, or give {name} another parent first.',
  'errors.timeline.visitsOnly':
    'The timeline shows visits, not {table}. Ask it for a query on the visits table.',
  'errors.history.noRecord':
    'There is no {noun} {id} in the archive, so it has no history. Refresh the list and try again.',
  'errors.query.noRecordList':
    'There is no record “{after}” in {table} to list the rows after. Ask for the page by its offset instead.',
  'errors.savedViews.viewNotSaved':
    'The view “{name}” was not saved: {problem} Correct it and save again.',
  'errors.savedViews.gone':
    'There is no saved view {id}: it may have been deleted. Reload the list of views and save it as a new view.',
  'errors.savedViews.viewNamedAlready':
    'A view named “{name}” already exists for {table}. Choose another name.',
  'errors.savedViews.goneAlready':
    'There is no saved view {id}: it may have been deleted already. Reload the list of views.',
  'errors.validateRecord.trashCannotChanged':
    'The {noun} {id} is in the trash, so it cannot be changed. Restore it first.',
  'errors.validateRecord.noIdMay':
    'There is no {noun} with the id {id}. It may have been deleted for good; reload the list.',
  'errors.validateRecord.changedElsewhereSince':
    'The {noun} was changed elsewhere since you opened it (at {updated_at}). Reload it and make your change again.',
  'errors.undoConflict.cannotChangedSince':
    '{verb, select, undone {Your last change cannot be undone} other {Your last undone change cannot be redone}}: the {noun} “{name}” was changed since{known, select, yes { by {user} (at {at})} other {}}, in another window or on another workstation. Nothing was changed; change the {noun} yourself instead.',
  'errors.compileQuery.queryRefusedCorrect':
    'The query was refused{where}: {problem} Correct it and try again.',
  'errors.uiState.valueCannotKept':
    'The value for “{key}” cannot be kept: it is not plain data (text, numbers, true/false, lists and objects). Nothing was changed.',
  'errors.uiState.valueKbMore':
    'The value for “{key}” is {kilobytes} KB, more than the 64 KB kept for one setting, so it was not kept. Keep less under this key.',
  'errors.writeTogether.requestNotUnderstood':
    'The request was not understood, so nothing was changed. Check each field listed with this message.',
  'errors.writeTogether.trashNotChanged':
    'The {noun} {id} is in the trash, so it was not changed. Restore it first.',
  'errors.writeTogether.noIdNothing':
    'There is no {noun} with the id {id}, so nothing was saved. It may have been deleted for good; reload the list.',
  'errors.writeTogether.changedElsewhereSince':
    'The {noun} was changed elsewhere since you opened it (at {updated_at}), so your edit was not saved. Reload it and make your change again.',
  'errors.writeTogether.notSavedFix':
    'The {noun} was not saved: {count, plural, one {# problem} other {# problems}} to fix.',
  'errors.writeTogether.nothingNotFound':
    'Nothing was {action, select, deleted {deleted} other {restored}}: {records} could not be found. Reload the list and try again.',
  'errors.undo.changedDeletedGood':
    '{verb, select, undone {This change cannot be undone} other {This change cannot be redone}}: the {noun} it changed was deleted for good when the trash was emptied. Nothing was changed.',
  'errors.undo.otherRecordsNow':
    '{verb, select, undone {This change cannot be undone} other {This change cannot be redone}}: other records now refer to a record it would remove. Change or delete those records first.',
  'errors.undo.namesRecordDeleted':
    '{verb, select, undone {This change cannot be undone} other {This change cannot be redone}}: it names a record that was deleted for good when the trash was emptied. Nothing was changed.',
  'errors.deleteRecords.meetingsChoice':
    '{visits, plural, one {This visit has} other {These visits have}} {meetings, plural, one {# meeting} other {# meetings}}. Choose whether {meetings, plural, one {it goes} other {they go}} to the trash with {visits, plural, one {it} other {them}} or {meetings, plural, one {stays} other {stay}} without a visit.',
  'errors.deleteRecords.undatedMeetings':
    '{which, select, one {The meeting has} all {All {meetings} meetings have} other {{undated} of the {meetings} meetings {undated, plural, one {has} other {have}}}} no date of {undated, plural, one {its} other {their}} own, and a meeting needs a date or a visit, so nothing was deleted. Give {undated, plural, one {it a date} other {them dates}} first, or choose to move the meetings to the trash with the visit.',
  'errors.mergeRecords.roleKeep': 'the one to keep',
  'errors.mergeRecords.roleMerge': 'the one to merge',
  'records.counted':
    '{table, select, visits {{count, plural, one {# visit} other {# visits}}} meetings {{count, plural, one {# meeting} other {# meetings}}} people {{count, plural, one {# person} other {# people}}} organisations {{count, plural, one {# organisation} other {# organisations}}} positions {{count, plural, one {# position} other {# positions}}} events {{count, plural, one {# event} other {# events}}} topics {{count, plural, one {# topic} other {# topics}}} sources {{count, plural, one {# source} other {# sources}}} other {{count, plural, one {# record} other {# records}}}}',
} as const;
