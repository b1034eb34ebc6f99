import type { csvImport as en } from '../en/csvImport.js';

/** `Imported # visits` in the Russian forms: `done` and `it` agree with the noun's gender. */
function imported(done: string, it: string, one: string, few: string, many: string): string {
  const all = 'Отмена удалит их все.';
  return `{count, plural, =1 {${done} # ${one}. Отмена удалит ${it}.} one {${done} # ${one}. ${all}} few {Импортировано # ${few}. ${all}} many {Импортировано # ${many}. ${all}} other {Импортировано # ${few}. ${all}}}`;
}

export const csvImport: Record<keyof typeof en, string> = {
  'import.button': 'Импорт CSV…',
  'import.title': 'Импорт файла CSV в раздел «{table}»',
  'import.file': 'Файл CSV',
  'import.fileHint':
    'В первой строке — названия столбцов, как их записывает экспорт. Читаются файлы в кодировках UTF-8, UTF-16, Windows-1251, KOI8-R и Windows-1252 с разделителями-запятыми, точками с запятой или табуляциями.',
  'import.encoding': 'Кодировка',
  'import.encodingHint':
    'Если имена в строках ниже выглядят искажёнными, выберите кодировку, в которой был сохранён файл.',
  'import.encodingName.utf-8': 'UTF-8',
  'import.encodingName.windows-1251': 'Windows-1251 (кириллица)',
  'import.encodingName.koi8-r': 'KOI8-R (кириллица)',
  'import.encodingName.windows-1252': 'Windows-1252 (западноевропейская)',
  'import.encodingName.utf-16le': 'UTF-16 LE',
  'import.encodingName.utf-16be': 'UTF-16 BE',
  'import.empty': 'Файл пуст. Выберите файл CSV со строкой заголовков и строками данных.',
  'import.tooBig':
    'Размер файла — {size} МБ, а архив импортирует файлы CSV размером до 50 МБ. Разделите его на файлы поменьше и импортируйте каждый.',
  'import.unreadable':
    'Файл не удалось прочитать. Проверьте, что он на месте, и выберите его снова.',
  'import.reading': 'Чтение файла',
  'import.checking': 'Проверка всех строк…',
  'import.summary':
    '{count, plural, one {# строка, {encoding}, разделители — {delimiter}.} few {# строки, {encoding}, разделители — {delimiter}.} many {# строк, {encoding}, разделители — {delimiter}.} other {# строки, {encoding}, разделители — {delimiter}.}}',
  'import.delimiter.comma': 'запятые',
  'import.delimiter.semicolon': 'точки с запятой',
  'import.delimiter.tab': 'табуляции',
  'import.newRecords':
    'Каждая строка станет новой записью: идентификаторы из файла не импортируются, а записи, уже имеющиеся в архиве, не изменяются.',
  'import.columns': 'Столбцы',
  'import.columnHeader': 'Столбец в файле',
  'import.columnField': 'Заполняемое поле',
  'import.columnSelect': 'Поле для столбца «{header}»',
  'import.unnamed': '(без заголовка)',
  'import.choose': 'Выберите поле…',
  'import.leaveOut': 'Не импортировать',
  'import.sample': 'Первые строки в том виде, в каком они будут сохранены',
  'import.problems':
    '{count, plural, one {# проблема, которую нужно устранить до импорта} few {# проблемы, которые нужно устранить до импорта} many {# проблем, которые нужно устранить до импорта} other {# проблемы, которые нужно устранить до импорта}}',
  'import.problem': 'Строка {line}, {field}: {message}',
  'import.problemNoField': 'Строка {line}: {message}',
  'import.moreProblems':
    '{count, plural, one {И ещё # проблема: устраните перечисленные и выберите файл снова.} few {И ещё # проблемы: устраните перечисленные и выберите файл снова.} many {И ещё # проблем: устраните перечисленные и выберите файл снова.} other {И ещё # проблемы: устраните перечисленные и выберите файл снова.}}',
  'import.fixHint':
    'Исправьте файл и выберите его снова или измените поле, которое заполняет столбец.',
  'import.noProblems': 'Проблем не найдено: все строки можно импортировать.',
  'import.start':
    '{count, plural, one {Импортировать # строку} few {Импортировать # строки} many {Импортировать # строк} other {Импортировать # строки}}',
  'import.working': 'Импорт…',
  'import.cancel': 'Отмена',
  'import.done.visits': imported('Импортирован', 'его', 'визит', 'визита', 'визитов'),
  'import.done.meetings': imported('Импортирована', 'её', 'встреча', 'встречи', 'встреч'),
  'import.done.people': imported('Импортирована', 'её', 'персона', 'персоны', 'персон'),
  'import.done.organisations': imported(
    'Импортирована',
    'её',
    'организация',
    'организации',
    'организаций',
  ),
  'import.done.positions': imported('Импортирована', 'её', 'должность', 'должности', 'должностей'),
  'import.done.events': imported(
    'Импортировано',
    'его',
    'мероприятие',
    'мероприятия',
    'мероприятий',
  ),
  'import.done.topics': imported('Импортирована', 'её', 'тема', 'темы', 'тем'),
  'import.done.sources': imported('Импортирован', 'его', 'источник', 'источника', 'источников'),
  'import.note.id':
    'Идентификаторы не импортируются: каждая строка становится новой записью со своим идентификатором.',
  'import.note.stamped': 'Архив сам отмечает, когда создана каждая импортированная запись.',
  'import.note.computed':
    'Архив вычисляет это значение по другим записям, поэтому столбец не импортируется.',
  'import.note.noHeading': 'Столбец без заголовка не импортируется.',
};
