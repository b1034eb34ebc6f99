/**
 * The desktop app's menus in Russian, in the words Russian desktop programs use ("Правка",
 * "Справка"). It joins the catalog in index.ts together with the English menus it translates.
 */
import type { desktop as en } from '../en/desktop.js';

export const desktop: Record<keyof typeof en, string> = {
  'menu.file': 'Файл',
  'menu.edit': 'Правка',
  'menu.view': 'Вид',
  'menu.help': 'Справка',
  'menu.newArchive': 'Новый архив…',
  'menu.openArchive': 'Открыть архив…',
  'menu.openRecent': 'Недавние архивы',
  'menu.recentMissing': '{name} (не найден)',
  'menu.noRecent': 'Недавних архивов нет',
  'menu.clearRecent': 'Очистить список',
  'menu.backUpNow': 'Создать резервную копию…',
  'menu.restoreFromBackup': 'Восстановить из резервной копии…',
  'menu.undoChange': 'Отменить изменение',
  'menu.redoChange': 'Повторить изменение',
  'menu.undo': 'Отменить',
  'menu.redo': 'Повторить',
  'menu.cut': 'Вырезать',
  'menu.copy': 'Копировать',
  'menu.paste': 'Вставить',
  'menu.selectAll': 'Выделить всё',
  'menu.reload': 'Обновить',
  'menu.toggleDevTools': 'Инструменты разработчика',
  'menu.resetZoom': 'Фактический размер',
  'menu.zoomIn': 'Увеличить',
  'menu.zoomOut': 'Уменьшить',
  'menu.toggleFullScreen': 'Полноэкранный режим',
  'menu.close': 'Закрыть окно',
  'menu.quit': 'Выход',
  'menu.about': 'О программе «Архив Секретариата»',
  'window.title': 'Архив Секретариата — {file}',
  'errors.checkSender.refused':
    'Этот запрос пришёл не из окна архива, поэтому он отклонён и ничего не изменено. Если это повторяется, закройте другие окна и перезапустите «Архив Секретариата».',
};
