/** Why a value cannot be saved, listed beside the field it is about. */
export const problems = {
  'problems.brokenText':
    '{field} holds a broken character (half of a UTF-16 surrogate pair), so it cannot be saved. Type or paste the text again.',
  'problems.notText': '{field} must be text.',
  'problems.tooLong': '{field} is too long ({length} characters; at most {max}).',
  'problems.yearZero':
    '{field} {value} has the year 0000, which the calendar does not have (1 BC is followed by AD 1). Write a year from 0001 on.',
  'problems.notADay': '{field} {value} is not a day of the calendar. Check the day and the month.',
  'problems.notADate':
    '{field} "{value}" is not a date. Write it as a year, a month or a day: 2023, 2023-09 or 2023-09-19.',
  'problems.notACountry':
    '{field} "{value}" is not a country we know. Write its name, such as Kazakhstan, or its two-letter code, KZ.',
  'problems.noChoice': '{field} cannot be empty. Choose one of: {choices}.',
  'problems.notAChoice': '{field} "{value}" is not one of the choices: {choices}.',
  'problems.notAnId': '{field} must be the id of a record.',
  'problems.notAList': '{field} must be a list of text.',
  'problems.noRecord': '{label}: there is no {noun} with the id {id} in the archive.',
  'problems.inTrash':
    '{label}: the {noun} {id} is in the trash. Restore it first, or choose another.',
  'problems.noSuchField': 'There is no field "{field}" on {table}. Fields you can set: {fields}.',
  'problems.required': '{field} is required.',
  'problems.meetingUnplaced': 'A meeting needs a date or a visit it belongs to.',
  'problems.endBeforeStart': 'End date {end} is before start date {start}.',
  'problems.ownParent': 'An organisation cannot be its own parent.',
  'problems.parentInside':
    'This parent is one of the organisation’s own departments, which would place the organisation inside itself. Choose another parent.',
  'problems.participantsList': 'Participants must be a list of people (at most 1000).',
  'problems.participant': 'Participant {n}: {problem}',
  'problems.participantLabel': 'Participant {n}',
  'problems.participantOrganisation': 'Participant {n}, organisation',
  'problems.idList': '{field} must be a list of ids (at most 1000).',
  'problems.csv.unknownColumn':
    'The column “{header}” matches no field of {table}. Choose the field it fills, or leave it out.',
  'problems.csv.notImportable':
    '{field} cannot be filled from a file into {table}. Choose another field for “{header}”, or leave it out.',
  'problems.csv.twoColumns':
    'The columns “{before}” and “{header}” both fill {field}. Leave one of them out.',
  'problems.csv.noRows':
    'The file has a header line but no rows below it, so there is nothing to import.',
  'problems.csv.unfilled':
    'No column fills {field}, which every {noun} needs. Choose the column that holds it.',
  'problems.csv.extraCells':
    'This row has {cells} cells but the header names {columns} columns. Check its quotes and delimiters.',
  'problems.csv.sameNameRows':
    '{rows} rows of this file are named “{name}”, so “{header}” cannot tell which is meant. Give them distinct names.',
  'problems.csv.noSuchName':
    'There is no {one} “{name}” in the archive. Add the {one} first (or import that file first), or correct the name.',
  'problems.csv.sameName':
    '{which} {many} in the archive are named “{name}”{dated, select, around { around this date} other {}}, so “{header}” cannot tell which is meant{dated, select, none {, and none of them holds this date} other {}}. Add a column “{idLabel}” to say which, or correct the name.',
  'problems.input.quoted': '“{text}”',
  'problems.path.where': '{n, select, all {Conditions} other {Condition {n}}}',
  'problems.path.sort': '{n, select, all {Sort order} other {Sort key {n}}}',
  'problems.path.field': 'field',
  'problems.path.op': 'operator',
  'problems.path.value': 'value',
  'problems.path.dir': 'direction',
  'problems.path.limit': 'Number of rows',
  'problems.path.offset': 'Rows skipped',
  'problems.path.search': 'Search',
  'problems.path.within': '{outer}, {inner}',
  'problems.input.whole': 'The request',
  'problems.input.table': '{table}',
  'problems.input.type':
    '{field}: {expected, select, string {text} number {a number} int {a whole number} boolean {yes or no} array {a list} object {a group of named values} record {a group of named values} other {another kind of value}} is expected here.',
  'problems.input.tooLong':
    '{field}: at most {max, plural, one {# character} other {# characters}} can be given.',
  'problems.input.tooMany':
    '{field}: at most {max, plural, one {# item} other {# items}} can be given.',
  'problems.input.tooLarge': '{field}: the value must be {max} or less.',
  'problems.input.empty': '{field} cannot be empty.',
  'problems.input.tooShort':
    '{field}: at least {min, plural, one {# character} other {# characters}} must be given.',
  'problems.input.tooFew':
    '{field}: at least {min, plural, one {# item} other {# items}} must be given.',
  'problems.input.tooSmall': '{field}: the value must be {min} or more.',
  'problems.input.notWhole': '{field}: the value must be a whole number.',
  'problems.input.notOneOf': '{field}: the value is not one of those it takes: {choices}.',
  'problems.input.unknownParts':
    '{field} has no {count, plural, one {part named} other {parts named}} {names}.',
  'problems.input.form': '{field} is not written in the form it takes.',
  'problems.input.invalid': '{field}: the value is not valid.',
  'problems.input.textOrDocx': 'Give the press release one way: either as text or as a .docx file.',
  'problems.query.date': 'The date',
  'problems.query.notADate':
    '“{value}” is not a date. Write a year (2023), a month (2023-09) or a day (2023-09-19).',
  'problems.query.numberNeeded': 'A number is needed here.',
  'problems.query.notANumber': '“{value}” is not a number. Write a number such as 3.',
  'problems.query.notACountry':
    '“{value}” is not a country. Write its name (Kazakhstan) or its code (KZ).',
  'problems.query.notAChoice': '“{value}” is not a value of {field}. Use one of: {choices}.',
  'problems.query.noValueTaken': '“{op}” takes no value: leave the value out.',
  'problems.query.inList': '“in” needs a list of values, such as ["RU", "CN"].',
  'problems.query.betweenTwo':
    '“between” needs exactly two values, the first and the last, such as ["2021", "2023-06"].',
  'problems.query.oneValue': '“{op}” needs exactly one value.',
  'problems.query.noField': 'The table {table} has no field “{field}”. Use one of: {fields}.',
  'problems.query.opNotFor': '“{op}” does not apply to {field}. Use one of: {ops}.',
  'problems.noRecordId': 'There is no {noun} with the id {id}.',
  'problems.plainData':
    'The value must be plain data: text, numbers, true or false, lists and objects.',
  'problems.tooManyBytes':
    'The value takes {bytes, plural, one {# byte} other {# bytes}}; at most {max} are kept.',
  'problems.nameUsed': '“{name}” is already used.',
  'problems.query.at': ' (at {path})',
  'problems.input.whoTookPart': '{field}: choose who took part.',
  'problems.csv.circle':
    'This row is, through the rows it names, part of itself. Break the circle.',
} as const;
