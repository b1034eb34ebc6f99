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
};
