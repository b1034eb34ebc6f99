import type { app as en } from '../en/app.js';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'Архив Секретариата',
  'app.loading': 'Архив открывается…',
  'app.skipToTable': 'Перейти к таблице',
  'language.label': 'Язык интерфейса',
  'launch.open': 'Открыть Архив Секретариата',
  'stats.label': 'Записи в этом архиве',
  'stats.visits': '{count, plural, one {# визит} few {# визита} many {# визитов} other {# визита}}',
  'stats.meetings':
    '{count, plural, one {# встреча} few {# встречи} many {# встреч} other {# встречи}}',
  'stats.people':
    '{count, plural, one {# персона} few {# персоны} many {# персон} other {# персоны}}',
  'stats.organisations':
    '{count, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}',
  'stats.events':
    '{count, plural, one {# мероприятие} few {# мероприятия} many {# мероприятий} other {# мероприятия}}',
  'nav.label': 'Разделы',
  'nav.visits': 'Визиты',
  'nav.meetings': 'Встречи',
  'nav.people': 'Персоны',
  'nav.organisations': 'Организации',
  'nav.events': 'Мероприятия',
  'nav.timeline': 'Хронология',
  'nav.import': 'Импорт пресс-релиза',
  'nav.backups': 'Резервные копии',
  'notBuilt.title': 'Раздел ещё не готов',
  'notBuilt.body': 'Раздел «{section}» в эту версию пока не входит.',
  'welcome.title': 'Добро пожаловать в архив',
  'welcome.body':
    'Архив пуст. Вы можете познакомиться с приложением на наборе вымышленных демонстрационных записей или сразу начать вносить собственные визиты и встречи.',
  'welcome.demo': 'Загрузить демонстрационные записи',
  'welcome.demoHint':
    'Будут добавлены вымышленные визиты (всего {count}) с их встречами, персонами и организациями.',
  'welcome.demoBusy': 'Демонстрационные записи загружаются…',
  'welcome.empty': 'Начать с пустого архива',
  'welcome.emptyHint':
    'Ничего не добавляется; в этом окне страница приветствия больше не появится.',
  'search.label': 'Поиск: {table}',
  'search.placeholder': 'Слова, имена, места…',
  'panel.close': 'Закрыть',
  'panel.loading': 'Запись загружается…',
  'panel.details': 'Сведения',
  'panel.meetings': 'Встречи',
  'panel.noMeetings': 'Встречи в рамках этого визита не внесены.',
  'panel.participants': 'Участники',
  'panel.noneRelated': 'Не внесено.',
  'panel.topics': 'Темы',
  'panel.empty': '—',
  'visits.title': 'Визиты',
  'meetings.title': 'Встречи',
  'meetings.recordTitle': 'Встреча {date}, {place}',
  'people.title': 'Персоны',
  'people.positions': 'Занимаемые должности',
  'people.meetings': 'Участие во встречах',
  'people.meetingAs': 'в должности: {title}',
  'organisations.title': 'Организации',
  'organisations.departments': 'Подразделения',
  'organisations.people': 'Персоны, занимавшие здесь должности',
  'organisations.meetings': 'Встречи, на которых она была представлена',
  'events.title': 'Мероприятия',
  'status.planned': 'Запланировано',
  'status.completed': 'Завершено',
  'status.cancelled': 'Отменено',
  'status.held': 'Проведено',
  'dates.day': '{day} {month} {year}',
  // Intl names the month in its case: genitive beside a day ("22 мая"), nominative alone ("май").
  'dates.month': '{month} {year}',
  'dates.range': '{from} – {to}',
  'file.choose': 'Выбрать файл…',
  'file.none': 'Файл не выбран',
  'errors.unexpected':
    'Произошла ошибка, причину которой архив не сообщил. Повторите попытку; если ошибка повторяется, перезапустите приложение.',
  'errors.unreachable':
    'Архив не отвечает. Убедитесь, что архив по-прежнему работает (окно или команда, открывшие эту страницу), и обновите страницу.',
  'errors.tokenRefused':
    'Архив отклонил эту страницу: ключ доступа отсутствует или устарел. Откройте адрес, который архив вывел при запуске.',
  'errors.badAnswer':
    'Архив ответил так, что страница не может понять ответ (HTTP {status}). Обновите страницу; если ошибка повторяется, перезапустите архив.',
  'nav.trash': 'Корзина',
  'archiveFiles.readOnlyTitle': 'Только чтение',
  'archiveFiles.readOnly':
    'Архив открыт только для чтения: можно просматривать, искать и экспортировать записи, но не изменять их.',
  'archiveFiles.fileLabel': 'Файл архива:',
  'archiveFiles.pageTitle': 'Архив Секретариата — {name}',
  'errors.dismiss': 'Закрыть',
  'errors.retry': 'Повторить',
};
