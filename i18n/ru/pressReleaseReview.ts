import type { pressReleaseReview as en } from '../en/pressReleaseReview.js';

/** The press-release review: people matched, evidence in the text, and the confirmation. */
export const pressReleaseReview: Record<keyof typeof en, string> = {
  'pressRelease.noDate':
    'У визита нет даты: укажите, когда он состоялся, или отметьте «В пресс-релизе дата не указана».',
  'pressRelease.dateUnknown': 'В пресс-релизе дата не указана: сохранить визит без даты',
  'pressRelease.personInArchive': 'Персона из архива',
  'pressRelease.personNew': 'Новая персона',
  'pressRelease.personWhy': 'Основание: {why}',
  'pressRelease.why.name': 'совпадает имя',
  'pressRelease.why.alias': 'известна также как «{alias}»',
  'pressRelease.why.initial': 'совпадает фамилия и первый инициал',
  'pressRelease.why.spelling': 'то же имя в другой письменности или написании',
  'pressRelease.why.spellingInitial':
    'та же фамилия в другой письменности или написании, первый инициал совпадает',
  'pressRelease.why.surname': 'совпадает фамилия (имя в пресс-релизе не указано)',
  'pressRelease.why.chosen': 'выбрано вами',
  'pressRelease.anotherPerson': 'Другая персона из архива',
  'pressRelease.why.choices':
    'подходят несколько персон из архива: выберите одну из них или новую персону',
  'pressRelease.evidence': 'Пресс-релиз со словами, из которых прочитано каждое поле',
  'pressRelease.kind.person': 'персоны',
  'pressRelease.kind.place': 'места',
  'pressRelease.kind.date': 'даты',
  'pressRelease.kind.topic': 'темы',
  'pressRelease.kind.other': 'прочие поля',
  'pressRelease.selection': 'Выделено: «{text}»',
  'pressRelease.selectionHint': 'Выделите слова в тексте, чтобы использовать их в поле.',
  'pressRelease.useAsParticipant': 'Добавить как собеседника на встрече {n}',
  'pressRelease.useAsPlace': 'Использовать как город места {n}',
  'pressRelease.useAsDate': 'Использовать как дату визита',
  'pressRelease.useAsTopic': 'Добавить как тему встречи {n}',
  'pressRelease.confirmTitle': 'Сохранить результаты импорта?',
  'pressRelease.confirmIntro':
    'Сохранение создаст — одним действием, которое отменяется одной отменой:',
  'pressRelease.confirmSave': 'Сохранить эти записи',
  'pressRelease.confirmBack': 'Вернуться к черновику',
  'pressRelease.count.visits':
    '{count, plural, one {# визит} few {# визита} many {# визитов} other {# визита}}',
  'pressRelease.count.meetings':
    '{count, plural, one {# встречу} few {# встречи} many {# встреч} other {# встречи}}',
  'pressRelease.count.people':
    '{count, plural, one {# новую персону} few {# новые персоны} many {# новых персон} other {# новой персоны}}',
  'pressRelease.count.linked':
    '{count, plural, one {# связь с персоной, уже имеющейся в архиве} few {# связи с персонами, уже имеющимися в архиве} many {# связей с персонами, уже имеющимися в архиве} other {# связи с персонами, уже имеющимися в архиве}}',
  'pressRelease.count.positions':
    '{count, plural, one {# должность (занимаемый пост)} few {# должности (занимаемые посты)} many {# должностей (занимаемых постов)} other {# должности (занимаемого поста)}}',
  'pressRelease.count.linkedPositions':
    '{count, plural, one {# должность персоны, уже имеющейся в архиве (если ещё не записана)} few {# должности персон, уже имеющихся в архиве (если ещё не записаны)} many {# должностей персон, уже имеющихся в архиве (если ещё не записаны)} other {# должности персон, уже имеющихся в архиве (если ещё не записаны)}}',
  'pressRelease.traveller': 'Глава делегации в архиве',
  'pressRelease.count.organisations':
    '{count, plural, one {# новую организацию (не более)} few {# новые организации (не более)} many {# новых организаций (не более)} other {# новой организации (не более)}}',
  'pressRelease.count.events':
    '{count, plural, one {# мероприятие} few {# мероприятия} many {# мероприятий} other {# мероприятия}}',
  'pressRelease.count.topics':
    '{count, plural, one {# тему} few {# темы} many {# тем} other {# темы}}',
  'pressRelease.count.sources':
    '{count, plural, one {# источник (текст пресс-релиза)} few {# источника} many {# источников} other {# источника}}',
};
