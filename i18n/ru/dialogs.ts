import type { dialogs as en } from '../en/dialogs.js';

export const dialogs: Record<keyof typeof en, string> = {
  'dialog.unload.discard': 'Отменить изменения',
  'dialog.unload.keep': 'Продолжить правку',
  'dialog.unload.message': 'Отменить несохранённые изменения?',
  'dialog.unload.detail':
    'В форме в этом окне есть несохранённые изменения. При закрытии или перезагрузке окна они будут потеряны.',
  'dialog.archiveFiles': 'Архивы Секретариата',
  'dialog.newArchive.title': 'Новый архив',
  'dialog.newArchive.button': 'Создать',
  'dialog.newArchive.fileName': 'Новый архив',
  'dialog.newArchive.existsTitle': 'Файл с таким именем уже есть',
  'dialog.newArchive.exists':
    'Файл {file} уже существует, поэтому новый архив не создан, а файл не изменён. Чтобы открыть его, выберите «Файл > Открыть архив…»; для нового архива выберите другое имя.',
  'dialog.openArchive.title': 'Открыть архив',
  'dialog.missing.remove': 'Убрать из списка',
  'dialog.missing.keep': 'Оставить в списке',
  'dialog.missing.message': 'Файл {name} не найден',
  'dialog.missing.detail':
    'По адресу {file} файла сейчас нет: возможно, он перемещён или удалён либо находится на неподключённом диске. Если убрать его из списка, ничего не будет удалено.',
  'dialog.backup.taken':
    'Создана {when}: {visits, plural, one {# визит} few {# визита} many {# визитов} other {# визита}}, {meetings, plural, one {# встреча} few {# встречи} many {# встреч} other {# встречи}}, {people, plural, one {# персона} few {# персоны} many {# персон} other {# персоны}}, {organisations, plural, one {# организация} few {# организации} many {# организаций} other {# организации}} (в корзине {inTrash, plural, one {# запись} few {# записи} many {# записей} other {# записи}}).',
  'dialog.backup.unknownDate': 'в неизвестную дату',
  'dialog.backup.done': 'Резервная копия архива создана.',
  'dialog.backup.doneDetail': 'Резервная копия: {file}. Проверка целостности пройдена.',
  'dialog.backup.otherFolder': 'Выбрать другую папку…',
  'dialog.close': 'Закрыть',
  'dialog.backup.failed': 'Не удалось создать резервную копию архива.',
  'dialog.backup.folderNotChanged': 'Папка резервных копий не изменена.',
  'dialog.restore.title': 'Восстановление из резервной копии',
  'dialog.restore.files': 'Резервные копии архива',
  'dialog.restore.button': 'Восстановить',
  'dialog.cancel': 'Отмена',
  'dialog.restore.message': 'Заменить архив этой резервной копией?',
  'dialog.restore.detail':
    '{backup}\n\nСначала создаётся резервная копия архива в его нынешнем виде, поэтому восстановление можно отменить, восстановив эту копию.',
  'dialog.restore.done': 'Архив восстановлен.',
  'dialog.restore.doneDetail': 'Прежнее содержимое сохранено в {file}.',
  'dialog.restore.failed': 'Архив не восстановлен.',
  'dialog.open.keepCurrent': 'Оставить текущий архив',
  'dialog.open.quit': 'Выйти',
  'dialog.open.staysOpen': 'Архив, который был открыт, остаётся открытым.',
  'dialog.open.failedFile': 'Не удалось открыть {name}',
  'dialog.open.failedStart': 'Архиву Секретариата не удалось открыть свой архив',
  'dialog.open.detail': '{message}\n\nФайл архива: {file}',
  'dialog.open.defaultInstead': 'Вместо него приложение откроет архив по умолчанию.',
  'dialog.open.notBuilt':
    'Движок архива ещё не собран для Electron: запустите приложение командой `npm start`, которая его соберёт.',
  'dialog.damaged.title': 'Архив повреждён',
  'dialog.damaged.noBackup':
    'Архив не удалось прочитать, поэтому он перемещён в {aside} и хранится там. В папке {folder} не найдено резервной копии, прошедшей проверку, поэтому архив не открыт. Обратитесь за помощью, чтобы спасти записи из повреждённого файла.',
  'dialog.damaged.restore': 'Восстановить эту копию',
  'dialog.damaged.message':
    'Архив повреждён. Восстановить его из последней исправной резервной копии?',
  'dialog.damaged.detail':
    '{backup}\n\nПовреждённый архив хранится в {aside}. Записей, добавленных после этой копии, в ней нет.',
  'dialog.damaged.restoreFailed': 'Не удалось восстановить резервную копию',
  'dialog.autoBackupFailed': 'Не удалось создать сегодняшнюю автоматическую резервную копию.',
  'dialog.notLocal': 'Этот архив находится не на локальном диске.',
  'dialog.backupFolder.title': 'Выберите папку для резервных копий',
  'dialog.backupFolder.button': 'Хранить копии здесь',
};
