import type { archiveRecords as en } from '../en/archiveRecords.js';
import { noun, tableName } from './recordNouns.js';

const nounNom = noun('noun', 'nom');
const nounGen = noun('noun', 'gen');
const cannot =
  '{verb, select, undone {Это изменение нельзя отменить} other {Это изменение нельзя повторить}}';

/** The archive's own errors, which the CLI prints and the interface shows. */
export const archiveRecords: Record<keyof typeof en, string> = {
  'errors.mergeRecords.noRecord': `Запись (${nounNom}) с идентификатором {id} ({role}) не найдена, поэтому ничего не объединено. Обновите список и выберите снова.`,
  'errors.mergeRecords.inTrash': `Запись (${nounNom}) «{name}» ({role}) находится в корзине, поэтому ничего не объединено. Сначала восстановите её или выберите другую.`,
  'errors.mergeRecords.itself': `Запись (${nounNom}) нельзя объединить с ней самой, поэтому ничего не объединено. Выберите две разные записи.`,
  'errors.mergeRecords.insideItself':
    '{name} входит в состав {mergedName}, поэтому объединение поместило бы организацию внутрь неё самой. Ничего не объединено: объедините их в обратном порядке или сначала укажите для {name} другую вышестоящую организацию.',
  'errors.timeline.visitsOnly': `Хронология показывает визиты, а не ${tableName('table', 'nom')}. Запросите её по таблице визитов.`,
  'errors.history.noRecord': `В архиве нет ${nounGen} {id}, поэтому у записи нет истории. Обновите список и повторите попытку.`,
  'errors.query.noRecordList': `Среди ${tableName('table', 'gen')} нет записи «{after}», после которой нужно продолжить список. Запросите страницу по её смещению.`,
  'errors.savedViews.viewNotSaved':
    'Представление «{name}» не сохранено: {problem} Исправьте это и сохраните снова.',
  'errors.savedViews.gone':
    'Сохранённого представления {id} нет: возможно, оно удалено. Обновите список представлений и сохраните его как новое.',
  'errors.savedViews.viewNamedAlready': `Представление с именем «{name}» для раздела «${tableName('table', 'nom')}» уже существует. Выберите другое имя.`,
  'errors.savedViews.goneAlready':
    'Сохранённого представления {id} нет: возможно, оно уже удалено. Обновите список представлений.',
  'errors.validateRecord.trashCannotChanged': `Запись (${nounNom}) {id} находится в корзине, поэтому её нельзя изменить. Сначала восстановите её.`,
  'errors.validateRecord.noIdMay': `Записи (${nounNom}) с идентификатором {id} нет. Возможно, она удалена безвозвратно; обновите список.`,
  'errors.validateRecord.changedElsewhereSince': `Запись (${nounNom}) была изменена в другом месте после того, как вы её открыли ({updated_at}). Загрузите её заново и внесите изменение снова.`,
  'errors.undoConflict.cannotChangedSince': `{verb, select, undone {Ваше последнее изменение нельзя отменить} other {Ваше последнее отменённое изменение нельзя повторить}}: запись (${nounNom}) «{name}» была изменена после него{known, select, yes { пользователем {user} ({at})} other {}} в другом окне или на другой рабочей станции. Ничего не изменено; внесите нужное изменение в запись сами.`,
  'errors.compileQuery.queryRefusedCorrect':
    'Запрос отклонён{where}: {problem} Исправьте его и повторите попытку.',
  'errors.uiState.valueCannotKept':
    'Значение для «{key}» нельзя сохранить: это не простые данные (текст, числа, истина/ложь, списки и объекты). Ничего не изменено.',
  'errors.uiState.valueKbMore':
    'Значение для «{key}» занимает {kilobytes} КБ, больше 64 КБ, отведённых на одну настройку, поэтому оно не сохранено. Храните под этим ключом меньше данных.',
  'errors.writeTogether.requestNotUnderstood':
    'Запрос не понят, поэтому ничего не изменено. Проверьте каждое поле, указанное в этом сообщении.',
  'errors.writeTogether.trashNotChanged': `Запись (${nounNom}) {id} находится в корзине, поэтому она не изменена. Сначала восстановите её.`,
  'errors.writeTogether.noIdNothing': `Записи (${nounNom}) с идентификатором {id} нет, поэтому ничего не сохранено. Возможно, она удалена безвозвратно; обновите список.`,
  'errors.writeTogether.changedElsewhereSince': `Запись (${nounNom}) была изменена в другом месте после того, как вы её открыли ({updated_at}), поэтому ваша правка не сохранена. Загрузите её заново и внесите изменение снова.`,
  'errors.writeTogether.notSavedFix': `Запись (${nounNom}) не сохранена: {count, plural, one {нужно исправить # проблему} few {нужно исправить # проблемы} many {нужно исправить # проблем} other {нужно исправить # проблемы}}.`,
  'errors.writeTogether.nothingNotFound':
    'Ничего не {action, select, deleted {удалено} other {восстановлено}}: не найдены записи ({records}). Обновите список и повторите попытку.',
  'errors.undo.changedDeletedGood': `${cannot}: запись (${nounNom}), которую оно затронуло, удалена безвозвратно при очистке корзины. Ничего не изменено.`,
  'errors.undo.otherRecordsNow': `${cannot}: на запись, которую оно удалило бы, теперь ссылаются другие записи. Сначала измените или удалите эти записи.`,
  'errors.undo.namesRecordDeleted': `${cannot}: оно ссылается на запись, удалённую безвозвратно при очистке корзины. Ничего не изменено.`,
  'errors.deleteRecords.meetingsChoice':
    '{visits, plural, =1 {У этого визита} other {У этих визитов}} {meetings, plural, one {# встреча} few {# встречи} many {# встреч} other {# встречи}}. Выберите, {meetings, plural, =1 {переместить ли её} other {переместить ли их}} в корзину вместе с {visits, plural, =1 {визитом} other {визитами}} или {meetings, plural, =1 {оставить её} other {оставить их}} без визита.',
  'errors.deleteRecords.undatedMeetings':
    '{which, select, one {У встречи нет собственной даты} all {Ни у одной из встреч ({meetings}) нет собственной даты} other {У {undated} из {meetings} встреч нет собственной даты}}, а встрече нужна дата или визит, поэтому ничего не удалено. Сначала {undated, plural, =1 {укажите её дату} other {укажите их даты}} или выберите перемещение встреч в корзину вместе с визитом.',
  'errors.mergeRecords.roleKeep': 'оставляемая запись',
  'errors.mergeRecords.roleMerge': 'присоединяемая запись',
  'records.counted':
    '{table, select, visits {{count, plural, one {# визит} few {# визита} many {# визитов} other {# визита}}} meetings {{count, plural, one {# встреча} few {# встречи} many {# встреч} other {# встречи}}} people {{count, plural, one {# персона} few {# персоны} many {# персон} other {# персоны}}} organisations {{count, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}} positions {{count, plural, one {# должность} few {# должности} many {# должностей} other {# должности}}} events {{count, plural, one {# мероприятие} few {# мероприятия} many {# мероприятий} other {# мероприятия}}} topics {{count, plural, one {# тема} few {# темы} many {# тем} other {# темы}}} sources {{count, plural, one {# источник} few {# источника} many {# источников} other {# источника}}} other {{count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}}}',
};
