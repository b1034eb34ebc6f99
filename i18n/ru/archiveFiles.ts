import type { archiveFiles as en } from '../en/archiveFiles.js';
import { noun, tableName } from './recordNouns.js';

/** The archive's own errors, which the CLI prints and the interface shows. */
export const archiveFiles: Record<keyof typeof en, string> = {
  'errors.csvImportPlan.fileNotCsv':
    'Этот файл не является файлом CSV (он содержит двоичные данные), поэтому ничего не импортировано. Выберите файл .csv или сохраните таблицу в формате CSV.',
  'errors.csvImportPlan.fileEmptyNothing': 'Файл пуст, поэтому ничего не импортировано.',
  'errors.csvRecords.fileCannotRead':
    'Файл не читается как CSV: у ячейки в кавычках, которая начинается в строке {line}, нет закрывающей кавычки ("), поэтому ничего не импортировано. Добавьте недостающую кавычку или снова сохраните файл в формате CSV из программы электронных таблиц.',
  'errors.service.noRecordMay': `Среди ${tableName('table', 'gen')} нет записи {id}: возможно, она удалена безвозвратно. Обновите список и повторите попытку.`,
  'errors.service.requestRefused':
    'Запрос {method} отклонён: {problem} {more, plural, =0 {} one {Есть ещё # проблема. } few {Есть ещё # проблемы. } many {Есть ещё # проблем. } other {Есть ещё # проблемы. }}Ничего не изменено.',
  'errors.service.noMethod': 'Метода API «{method}» нет. Есть такие методы: {methods}.',
  'errors.service.windowCannotSave':
    'В этом окне нельзя сохранять файлы. Выполните экспорт командой `archive export` в командной строке.',
  'errors.demo.archiveAlreadyHolds':
    'В архиве уже есть записи ({tables}), поэтому демонстрационные записи не добавлены: они никогда не смешиваются с настоящими. Создайте новый пустой архив и загрузите демонстрационные записи в него.',
  'errors.demo.numberDemoVisits':
    'Число демонстрационных визитов должно быть целым числом не меньше 1.',
  'errors.demo.demoSeedWhole':
    'Начальное значение для демонстрационных записей должно быть целым числом от 0 и больше.',
  'errors.saveDraft.noDate':
    'У визита нет даты. Укажите, когда он состоялся, или отметьте, что дата неизвестна, и сохраните снова.',
  'errors.readPressRelease.fileNotRead':
    'Этот файл не удалось прочитать как документ Word (.docx). Сохраните его снова в формате .docx или вставьте его текст.',
  'errors.readPressRelease.notPressRelease':
    '{name} — не пресс-релиз, который архив может прочитать: выберите файл .txt, .html или .docx.',
  'errors.csvImport.nothingImportedFix':
    '{what}, поэтому ничего не импортировано. Исправьте каждую из перечисленных проблем и повторите импорт.',
  'errors.csvDecode.lineFileNot':
    'Строка {line} файла не является корректным текстом UTF-8 (байт {byte} строки), поэтому ничего не импортировано. Если файл в этом месте повреждён, исправьте этот символ и снова сохраните файл в UTF-8; если файл записан в другой кодировке, выберите эту кодировку.',
  'errors.export.cancelled': 'Экспорт отменён, файл не записан.',
  'errors.readerPool.searchStoppedUnexpectedly':
    'Поиск неожиданно прервался, не дав ответа; ничего не изменено. Повторите попытку; если это повторится, перезапустите Архив Секретариата.',
  'errors.readerPool.requestCancelledBefore': 'Запрос отменён до завершения.',
  'errors.readerPool.archiveClosedBefore': 'Архив был закрыт до того, как на запрос пришёл ответ.',
  'errors.export.diskFull':
    'Диск заполнен, поэтому файл CSV не записан. Освободите место и повторите экспорт.',
  'errors.export.notWritable':
    'В папку нельзя записывать, поэтому файл CSV не записан. Выберите другую папку.',
  'errors.export.readOnlyDisk':
    'Диск доступен только для чтения, поэтому файл CSV не записан. Выберите другую папку.',
  'errors.export.noFolder':
    'Папка не существует, поэтому файл CSV не записан. Выберите другую папку.',
  'errors.csvImport.rowsRefused': `{rows} из {total} строк нельзя импортировать как записи вида «${noun('noun', 'nom')}»`,
  'errors.csvImport.columnsRefused': 'Столбцы файла требуют внимания',
  'errors.web.tooLarge':
    '{method, select, none {Запрос} other {Запрос {method}}} больше {megabytes} МБ — предела, который веб-режим принимает для него, поэтому он отклонён. Ничего не изменено.',
  'errors.web.notUtf8':
    'Тело запроса не является текстом в кодировке UTF-8, поэтому запрос отклонён. Ничего не изменено; передайте текст в UTF-8.',
  'errors.web.postOnly': 'API отвечает только на запросы POST.',
  'errors.web.badSession':
    'В запросе указан недопустимый сеанс окна, поэтому он отклонён. Ничего не изменено; перезагрузите страницу.',
  'errors.web.notJson':
    'Тело запроса не является допустимым JSON, поэтому запрос отклонён. Ничего не изменено.',
  'errors.web.otherSite': 'Этот запрос пришёл с другого сайта и отклонён.',
  'errors.web.noToken':
    'В запросе нет ключа этого сеанса. Откройте адрес, который вывела команда `archive serve`.',
  'errors.web.failed': 'Запрос не выполнен. Повторите попытку.',
  'errors.web.notFound': 'Не найдено',
};
