import type { backups as en } from '../en/backups.js';

export const backups: Record<keyof typeof en, string> = {
  'backups.heading': 'Резервные копии',
  'backups.intro':
    'Резервная копия архива создаётся каждый день, когда вы с ним работаете, а также перед обновлением и перед импортом. Перед восстановлением архив в текущем виде тоже копируется, так что восстановление можно отменить.',
  'backups.backUpNow': 'Создать копию сейчас',
  'backups.made': 'Резервная копия создана ({when}) и прошла проверку целостности.',
  'backups.restored':
    'Восстановлена резервная копия от {when} (визитов: {visits}, встреч: {meetings}). Архив в прежнем виде сохранён как резервная копия от {before}.',
  'backups.none': 'Резервных копий пока нет. Создайте первую кнопкой «Создать копию сейчас».',
  'backups.taken': 'Создана',
  'backups.kind': 'Причина',
  'backups.size': 'Размер',
  'backups.actions': 'Действия',
  'backups.kilobytes': '{size} КБ',
  'backups.restore': 'Восстановить…',
  'backups.confirm': 'Заменить архив этой резервной копией?',
  'backups.restoreConfirmed': 'Восстановить',
  'backups.cancel': 'Отмена',
  'backups.folderBeside': 'Резервные копии хранятся рядом с архивом, в папке {folder}.',
  'backups.folderChosen': 'Резервные копии хранятся в выбранной вами папке: {folder}.',
  'backups.chooseFolder': 'Выбрать другую папку…',
  'backups.folderReset': 'Хранить копии рядом с архивом',
  'backups.folderField': 'Папка для резервных копий (полный путь)',
  'backups.folderPlaceholder': '/home/you/Резервные копии архива',
  'backups.folderCreate': 'Создать папку, если её нет',
  'backups.folderUse': 'Использовать эту папку',
  'backups.folderChanged':
    'Резервные копии теперь сохраняются в {folder}. Созданные ранее копии остаются на прежнем месте.',
  'backups.kind.daily': 'Ежедневная',
  'backups.kind.manual': 'Создана вручную',
  'backups.kind.pre-import': 'Перед импортом',
  'backups.kind.pre-empty-trash': 'Перед очисткой корзины',
  'backups.kind.pre-restore': 'Перед восстановлением',
  'backups.kind.pre-migration': 'Перед обновлением',
};
