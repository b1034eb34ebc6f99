/** The English catalog, the default and the reference every other language translates. */
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

export const en = {
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
} as const;
