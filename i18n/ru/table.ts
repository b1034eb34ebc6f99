import type { table as en } from '../en/table.js';

export const table: Record<keyof typeof en, string> = {
  'table.pageInfo': '{first}–{last} из {total}',
  'table.pageInfoEmpty': '0 из {total}',
  'table.pageInfoCounting': '{first}–{last} из …',
  'table.noRows': 'Записей нет.',
  'table.noMatch':
    'Нет записей, соответствующих запросу «{search}». Проверьте написание или ищите по меньшему числу слов.',
  'table.previous': 'Назад',
  'table.next': 'Вперёд',
  'table.pager': 'Страницы',
  'table.loading': 'Записи загружаются…',
  'export.button': 'Экспорт CSV…',
  'export.title': 'Экспорт в файл CSV',
  'export.rows':
    '{count, plural, one {Будет записана # запись из таблицы — со столбцами в показанном порядке.} few {Будут записаны все # записи из таблицы — со столбцами в показанном порядке.} many {Будут записаны все # записей из таблицы — со столбцами в показанном порядке.} other {Будут записаны все # записи из таблицы — со столбцами в показанном порядке.}}',
  'export.rowsCounting':
    'Будут записаны все записи из таблицы — со столбцами в показанном порядке.',
  'export.delimiter': 'Разделитель',
  'export.comma': 'Запятая',
  'export.semicolon': 'Точка с запятой (Excel на многих европейских языках, в том числе русском)',
  'export.tab': 'Табуляция',
  'export.dates': 'Даты',
  'export.datesIso': 'Как хранятся: 2023-09-19',
  'export.datesShown': 'Как на экране: 19 сент. 2023',
  'export.labels': 'Страны и статусы',
  'export.labelsCodes': 'Как хранятся: KZ, planned',
  'export.labelsShown': 'Как на экране: Казахстан, Запланировано',
  'export.bom': 'Пометить файл как UTF-8, чтобы Excel правильно читал любой алфавит',
  'export.cancel': 'Отмена',
  'export.start': 'Экспортировать',
  'export.working': 'Экспорт…',
  'export.saved':
    '{count, plural, one {# запись сохранена в {file}.} few {# записи сохранены в {file}.} many {# записей сохранено в {file}.} other {# записи сохранено в {file}.}}',
  'table.sortHint':
    'Щёлкните заголовок столбца, чтобы отсортировать; щёлкните ещё раз, чтобы изменить порядок на обратный или снять сортировку. Щелчок с Shift добавляет столбец к сортировке.',
  'table.sortAsc': 'по возрастанию',
  'table.sortDesc': 'по убыванию',
  'table.sortOrder': 'сортировка {index}',
  'picker.placeholder': 'Введите имя…',
  'picker.searching': 'Поиск…',
  'picker.noMatch': 'Подходящих записей нет. Проверьте написание или введите меньше букв.',
  'picker.create': 'Создать «{text}»…',
  'table.sortMoveHint':
    'Щёлкните, чтобы отсортировать; щёлкните ещё раз, чтобы изменить порядок на обратный или снять сортировку; щелчок с Shift добавляет столбец к сортировке. Чтобы переместить столбец, перетащите заголовок или нажмите Alt+← или Alt+→.',
  'grid.count.visits':
    '{count, plural, one {# визит} few {# визита} many {# визитов} other {# визита}}',
  'grid.count.meetings':
    '{count, plural, one {# встреча} few {# встречи} many {# встреч} other {# встречи}}',
  'grid.count.people':
    '{count, plural, one {# персона} few {# персоны} many {# персон} other {# персоны}}',
  'grid.count.organisations':
    '{count, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}',
  'grid.count.events':
    '{count, plural, one {# мероприятие} few {# мероприятия} many {# мероприятий} other {# мероприятия}}',
  'grid.count.records':
    '{count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}',
  'grid.counting': 'Подсчёт…',
  'grid.notCounted': 'Не подсчитано',
  'grid.matching': 'Найденные записи',
  'grid.searching': 'Поиск… {seconds} с',
  'grid.cancel': 'Отмена',
  'grid.stopped': 'Поиск остановлен до того, как архив ответил.',
  'grid.searchAgain': 'Искать снова',
  'grid.loadingRow': 'Загрузка…',
  'grid.keys':
    'Клавиши со стрелками перемещают между ячейками, Page Up и Page Down — на экран, Ctrl+Home и Ctrl+End — к первой и последней записи; Enter открывает запись. Нажмите /, чтобы начать поиск.',
};
