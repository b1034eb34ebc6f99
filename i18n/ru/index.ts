/**
 * The Russian catalog: the English keys, in the official register of the secretariat.
 *
 * Glossary (one Russian term for each concept, everywhere):
 *   visit — визит; meeting — встреча; event — мероприятие;
 *   person, people — персона, персоны; organisation — организация; department — подразделение;
 *   position — должность; topic — тема; source — источник; outcomes — итоги;
 *   traveller (the one who makes a visit) — глава делегации;
 *   counterpart (the other side at a meeting) — собеседник; participant — участник;
 *   record — запись; field — поле; column — столбец; section (of the app) — раздел;
 *   archive — архив; backup — резервная копия; restore — восстановить;
 *   trash — корзина; move to the trash — переместить в корзину; delete for good — удалить безвозвратно;
 *   undo, redo — отменить, повторить; merge — объединить; saved view — представление;
 *   filter — фильтр; clear (a filter) — сбросить; remove (from a list) — убрать;
 *   timeline — хронология; lane — дорожка; press release — пресс-релиз; id — идентификатор.
 * Counted nouns take the four plural forms: one (1, 21), few (2–4, 22), many (5–20, 25), other.
 */
import { app } from './app.js';
import { archiveBackups } from './archiveBackups.js';
import { archiveFiles } from './archiveFiles.js';
import { archiveOpen } from './archiveOpen.js';
import { archiveRecords } from './archiveRecords.js';
import { backups } from './backups.js';
import { changes } from './changes.js';
import { csvImport } from './csvImport.js';
import { desktop } from './desktop.js';
import { dialogs } from './dialogs.js';
import { fields } from './fields.js';
import { filters } from './filters.js';
import { forms } from './forms.js';
import { pressRelease } from './pressRelease.js';
import { pressReleaseReview } from './pressReleaseReview.js';
import { problems } from './problems.js';
import { table } from './table.js';
import { timeline } from './timeline.js';
import { trash } from './trash.js';
import { upgrade } from './upgrade.js';

export const ru = {
  ...app,
  ...archiveBackups,
  ...archiveFiles,
  ...archiveOpen,
  ...archiveRecords,
  ...backups,
  ...changes,
  ...csvImport,
  ...desktop,
  ...dialogs,
  ...fields,
  ...filters,
  ...forms,
  ...pressRelease,
  ...pressReleaseReview,
  ...problems,
  ...table,
  ...timeline,
  ...trash,
  ...upgrade,
};
