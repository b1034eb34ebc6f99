import type { upgrade as en } from '../en/upgrade.js';

/** What an archive's upgrade says while it runs: on the CLI's stderr and in the app's small window. */
export const upgrade: Record<keyof typeof en, string> = {
  'errors.upgrade.threadStopped':
    'Обновление архива остановилось, не закончившись ({reason}); архив остаётся в последней версии, до которой он дошёл. Откройте его снова или сообщите об ошибке, если это повторится.',
  'upgrade.title': 'Обновление архива',
  'upgrade.checking': 'Проверка архива перед обновлением…',
  'upgrade.backingUp': 'Резервное копирование архива перед обновлением…',
  'upgrade.backingUpPercent':
    'Резервное копирование архива перед обновлением: скопировано {percent}%',
  'upgrade.checkingBackup': 'Проверка резервной копии перед обновлением архива…',
  'upgrade.migrating': 'Обновление архива до версии схемы {version} из {latest}…',
  'upgrade.migratingPercent':
    'Обновление архива до версии схемы {version} из {latest}: выполнено {percent}%',
  'upgrade.done': 'Архив обновлён до версии схемы {version}.',
  'upgrade.wait':
    'Большой архив обновляется несколько минут. Приложение откроется, когда обновление закончится; перед ним делается резервная копия архива.',
};
