import type { archiveBackups as en } from '../en/archiveBackups.js';

// What a refused output file would have been: the CSV file or a backup.
const notWritten =
  '{what, select, backup {резервная копия не записана} other {файл CSV не записан}}';

/** The archive's own errors, which the CLI prints and the interface shows. */
export const archiveBackups: Record<keyof typeof en, string> = {
  'errors.replaceContent.backupHoldsSearch':
    'Резервная копия содержит поисковый индекс, который эта версия не может перестроить ({name}), поэтому ничего не восстановлено. Пожалуйста, сообщите об этом.',
  'errors.backupRotation.nothingChanged': 'Ничего не изменено. {reason}',
  'errors.chooseBackupFolder.nothingChanged': '{sentence} Ничего не изменено.',
  'errors.backupsFolder.chosenMissing':
    'Резервная копия не записана: выбранная папка для резервных копий {chosen} недоступна (диск не подключён?). Подключите его или выберите другую папку для резервных копий.',
  'errors.backupsFolder.unwritable':
    'Резервная копия не записана: папку для резервных копий {dir} невозможно создать или записать в неё ({reason}). {advice}; команда `archive backup --out FILE` записывает копию в любое выбранное место.',
  'errors.backupApi.noBackupNamed':
    'В папке резервных копий этого архива нет копии с именем {name}. Обновите список резервных копий и выберите одну из них.',
  'errors.outputPath.folderNotWritten': `{out} — это папка, поэтому ${notWritten}. Укажите файл в ней, например {example}.`,
  'errors.outputPath.archiveOneOwn': `{out} — это сам архив ({archive}) или один из его файлов, поэтому ${notWritten}: запись туда уничтожила бы записи архива. Выберите другой файл.`,
  'errors.backupFolderChoices.programKeepsNo':
    'Эта программа не хранит выбор папки для резервных копий; копии остаются рядом с архивом. Ничего не изменено.',
  'errors.backupFolderChoices.choiceBackupsFolder':
    'Выбор папки для резервных копий не удалось сохранить в {choicesFile} ({reason}). Ничего не изменено; проверьте, что в папку вашего профиля можно записывать.',
  'errors.backup.backupStoppedBecause':
    'Резервное копирование остановлено: архив несколько секунд не отдавал данные для копирования (возможно, его занимает другая программа). Ничего не изменено; повторите попытку позже.',
  'errors.backup.backupCannotWritten':
    'Резервную копию нельзя записать поверх самого архива. Выберите другое имя файла.',
  'errors.backup.alreadyFileNo':
    'Файл {target} уже существует, поэтому резервная копия не записана. Выберите другое имя или разрешите перезапись.',
  'errors.backup.folderDoesNot':
    'Папка {folder} не существует, поэтому резервная копия не записана. Создайте её или выберите другое место.',
  'errors.backup.backupDidNot':
    'Резервная копия не прошла проверку целостности ({result}), поэтому она не сохранена. Проверьте диск и повторите попытку.',
  'errors.restoreBackup.backupCannotRestored':
    'Резервную копию {file} нельзя восстановить: {why}. Выберите другую резервную копию.',
  'errors.restoreBackup.backupWrittenNewer':
    'Резервная копия {file} записана более новой версией Архива Секретариата (схема v{version}). Обновите приложение, чтобы восстановить её.',
  'errors.restoreBackup.archiveCannotRestored':
    'Архив нельзя восстановить из него самого. Выберите резервную копию.',
  'errors.restoreBackup.archiveNotRestored':
    'Архив не удалось восстановить ({message}); он остался прежним.{copy}',
  'errors.chooseBackupFolder.backupsFolderFull':
    'Папку для резервных копий нужно указать полным путём, например /home/you/Backups; «{folder}» таким путём не является.',
  'errors.chooseBackupFolder.temporaryFolderArchive':
    '{folder} — временная папка, из которой читается этот архив; она удаляется при закрытии приложения. Выберите собственную папку.',
  'errors.chooseBackupFolder.archiveAlreadyKeeps':
    'Архив {sharer} уже хранит свои резервные копии в папке {folder}, и два архива с именем {name} делили бы одну очередь копий. Выберите другую папку.',
  'errors.chooseBackupFolder.noFolderCheck':
    'Папки {folder} нет. Проверьте путь или попросите создать эту папку.',
  'errors.chooseBackupFolder.folderNotCreated':
    'Папку {folder} не удалось создать ({reason}): родительская папка должна существовать, и у вас должно быть право записи в неё.',
  'errors.chooseBackupFolder.fileNotFolder': '{folder} — это файл, а не папка. Выберите папку.',
  'errors.chooseBackupFolder.mayNotWrite':
    'У вас нет права записи в папку {folder}. Выберите собственную папку.',
  'errors.chooseBackupFolder.windowChoosesBackups':
    'В этом окне папка для резервных копий выбирается в системном диалоге.',
  'errors.chooseBackupFolder.typeFullPath': 'Введите полный путь к папке для резервных копий.',
  'errors.backup.notWritten':
    'Резервную копию в {target} не удалось записать. Проверьте, что в папку можно записывать и на диске есть свободное место, и повторите попытку.',
  'errors.backupsFolder.adviceChosen':
    'Выберите другую папку для резервных копий или запросите право записи в эту папку',
  'errors.backupsFolder.adviceBeside':
    'Выберите другую папку для резервных копий, запросите право записи в папку, где находится архив, или скопируйте архив в папку, доступную для записи',
};
