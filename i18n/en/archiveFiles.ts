/** The archive's own errors, which the CLI prints and the interface shows. */
export const archiveFiles = {
  'errors.csvImportPlan.fileNotCsv':
    'This file is not a CSV file (it holds binary data), so nothing was imported. Choose a .csv file, or save the spreadsheet as CSV.',
  'errors.csvImportPlan.fileEmptyNothing': 'The file is empty, so nothing was imported.',
  'errors.csvRecords.fileCannotRead':
    'The file cannot be read as CSV: the quoted cell that starts on line {line} has no closing quote ("), so nothing was imported. Add the missing quote, or save the file again as CSV from the spreadsheet.',
  'errors.service.noRecordMay':
    'There is no record {id} in {table}: it may have been deleted for good. Refresh the list and try again.',
  'errors.service.requestRefused':
    'The request to {method} was refused: {problem} {more, plural, =0 {} one {# more problem is listed. } other {# more problems are listed. }}Nothing was changed.',
  'errors.service.noMethod': 'There is no API method “{method}”. The methods are: {methods}.',
  'errors.service.windowCannotSave':
    'This window cannot save files. Export with `archive export` on the command line instead.',
  'errors.demo.archiveAlreadyHolds':
    'The archive already holds records ({tables}), so no demo records were added: demo records are never mixed with real ones. Create a new, empty archive and load the demo there.',
  'errors.demo.numberDemoVisits': 'The number of demo visits must be a whole number of at least 1.',
  'errors.demo.demoSeedWhole': 'The demo seed must be a whole number of 0 or more.',
  'errors.saveDraft.noDate':
    'The visit has no date. Enter when it took place, or mark the date as unknown, and save again.',
  'errors.readPressRelease.fileNotRead':
    'This file could not be read as a Word (.docx) document. Save it again as .docx, or paste its text.',
  'errors.readPressRelease.notPressRelease':
    '{name} is not a press release the archive can read: give a .txt, .html or .docx file.',
  'errors.csvImport.nothingImportedFix':
    '{what}, so nothing was imported. Fix each problem listed and import again.',
  'errors.csvDecode.lineFileNot':
    'Line {line} of the file is not valid UTF-8 (at byte {byte} of the line), so nothing was imported. If the file is damaged there, fix that character and save the file again as UTF-8; if it was written in another encoding, choose that encoding.',
  'errors.export.cancelled': 'The export was cancelled, so no file was written.',
  'errors.readerPool.searchStoppedUnexpectedly':
    'The search stopped unexpectedly before it answered, and nothing was changed. Try again; if it happens again, restart Secretariat Archive.',
  'errors.readerPool.requestCancelledBefore': 'The request was cancelled before it finished.',
  'errors.readerPool.archiveClosedBefore':
    'The archive was closed before the request was answered.',
  'errors.export.diskFull':
    'The disk is full, so the CSV file was not written. Free some space and export again.',
  'errors.export.notWritable':
    'The folder cannot be written to, so the CSV file was not written. Choose another folder.',
  'errors.export.readOnlyDisk':
    'The disk is read-only, so the CSV file was not written. Choose another folder.',
  'errors.export.noFolder':
    'The folder does not exist, so the CSV file was not written. Choose another folder.',
  'errors.csvImport.rowsRefused': '{rows} of {total} rows cannot be imported as {noun} records',
  'errors.csvImport.columnsRefused': 'The file’s columns need attention',
  'errors.web.tooLarge':
    '{method, select, none {The request} other {The request to {method}}} is larger than {megabytes} MB, the most web mode takes for it, so it was refused. Nothing was changed.',
  'errors.web.notUtf8':
    'The request body is not valid UTF-8 text, so it was refused. Nothing was changed; send the text as UTF-8.',
  'errors.web.postOnly': 'The API answers POST requests only.',
  'errors.web.badSession':
    'The request named a window session that is not valid, so it was refused. Nothing was changed; reload the page.',
  'errors.web.notJson':
    'The request body is not valid JSON, so it was refused. Nothing was changed.',
  'errors.web.otherSite': 'This request comes from another site and was refused.',
  'errors.web.noToken':
    'The request lacks the token of this session. Open the address `archive serve` printed.',
  'errors.web.failed': 'The request failed. Try again.',
  'errors.web.notFound': 'Not found',
} as const;
