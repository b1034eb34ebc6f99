import type { Locator, Page } from '@playwright/test';
import { t } from '../../i18n/messages.js';
import { anyCount } from '../language/anyCount.js';

/** The Import CSV dialog of a record table: the file, the field of each column, the problems. */
export class ImportCsvDialog {
  readonly dialog: Locator;
  readonly file: Locator;
  readonly problems: Locator;
  readonly problemItems: Locator;
  readonly ok: Locator;
  readonly encoding: Locator;

  constructor(
    readonly page: Page,
    table: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: t('import.title', { table }) });
    this.file = this.dialog.getByRole('button', { name: t('import.file') });
    this.problems = this.dialog.getByRole('region', { name: anyCount('import.problems') });
    this.problemItems = this.problems.getByRole('listitem');
    this.ok = this.dialog.getByText(t('import.noProblems'));
    this.encoding = this.dialog.getByRole('combobox', { name: t('import.encoding') });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: t('import.button') }).click();
  }

  /** Chooses a file as a user does, through the file chooser (again after correcting it). */
  async choose(file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.file.click()]);
    await chooser.setFiles(file);
  }

  columnField(header: string): Locator {
    return this.dialog.getByRole('combobox', { name: t('import.columnSelect', { header }) });
  }

  importButton(rows: number): Locator {
    return this.dialog.getByRole('button', { name: t('import.start', { count: rows }) });
  }
}
