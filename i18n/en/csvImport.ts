export const csvImport = {
  'import.button': 'Import CSV…',
  'import.title': 'Import a CSV file into {table}',
  'import.file': 'CSV file',
  'import.fileHint':
    'The first line names the columns, as an export writes them. UTF-8, UTF-16, Windows-1251, KOI8-R and Windows-1252 files are read, separated by commas, semicolons or tabs.',
  'import.encoding': 'Encoding',
  'import.encodingHint':
    'If names in the rows below look garbled, choose the encoding the file was saved in.',
  'import.encodingName.utf-8': 'UTF-8',
  'import.encodingName.windows-1251': 'Windows-1251 (Cyrillic)',
  'import.encodingName.koi8-r': 'KOI8-R (Cyrillic)',
  'import.encodingName.windows-1252': 'Windows-1252 (Western European)',
  'import.encodingName.utf-16le': 'UTF-16 LE',
  'import.encodingName.utf-16be': 'UTF-16 BE',
  'import.empty': 'This file is empty. Choose a CSV file with a header line and rows.',
  'import.tooBig':
    'This file is {size} MB, and the archive imports CSV files of up to 50 MB. Split it into smaller files and import each.',
  'import.unreadable':
    'The file could not be read. Check that it is still there, and choose it again.',
  'import.reading': 'Reading the file',
  'import.checking': 'Checking every row…',
  'import.summary':
    '{count, plural, one {# row, {encoding}, separated by {delimiter}.} other {# rows, {encoding}, separated by {delimiter}.}}',
  'import.delimiter.comma': 'commas',
  'import.delimiter.semicolon': 'semicolons',
  'import.delimiter.tab': 'tabs',
  'import.newRecords':
    'Every row becomes a new record: ids in the file are not imported, and records already in the archive are not changed.',
  'import.columns': 'Columns',
  'import.columnHeader': 'Column in the file',
  'import.columnField': 'Field it fills',
  'import.columnSelect': 'Field for the column “{header}”',
  'import.unnamed': '(no heading)',
  'import.choose': 'Choose a field…',
  'import.leaveOut': 'Leave out',
  'import.sample': 'The first rows, as they will be saved',
  'import.problems':
    '{count, plural, one {# problem to fix before importing} other {# problems to fix before importing}}',
  'import.problem': 'Line {line}, {field}: {message}',
  'import.problemNoField': 'Line {line}: {message}',
  'import.moreProblems':
    '{count, plural, one {And # more problem: fix those listed, then choose the file again.} other {And # more problems: fix those listed, then choose the file again.}}',
  'import.fixHint': 'Correct the file and choose it again, or change the field a column fills.',
  'import.noProblems': 'No problems found: every row can be imported.',
  'import.start': '{count, plural, one {Import # row} other {Import # rows}}',
  'import.working': 'Importing…',
  'import.cancel': 'Cancel',
  'import.done.visits':
    '{count, plural, one {Imported # visit. Undo removes it.} other {Imported # visits. Undo removes them all.}}',
  'import.done.meetings':
    '{count, plural, one {Imported # meeting. Undo removes it.} other {Imported # meetings. Undo removes them all.}}',
  'import.done.people':
    '{count, plural, one {Imported # person. Undo removes them.} other {Imported # people. Undo removes them all.}}',
  'import.done.organisations':
    '{count, plural, one {Imported # organisation. Undo removes it.} other {Imported # organisations. Undo removes them all.}}',
  'import.done.positions':
    '{count, plural, one {Imported # position. Undo removes it.} other {Imported # positions. Undo removes them all.}}',
  'import.done.events':
    '{count, plural, one {Imported # event. Undo removes it.} other {Imported # events. Undo removes them all.}}',
  'import.done.topics':
    '{count, plural, one {Imported # topic. Undo removes it.} other {Imported # topics. Undo removes them all.}}',
  'import.done.sources':
    '{count, plural, one {Imported # source. Undo removes it.} other {Imported # sources. Undo removes them all.}}',
  'import.note.id': 'Ids are not imported: every row becomes a new record, with an id of its own.',
  'import.note.stamped': 'The archive records when each imported record is made.',
  'import.note.computed':
    'The archive works this out from other records, so the column is left out.',
  'import.note.noHeading': 'A column without a heading is left out.',
} as const;
