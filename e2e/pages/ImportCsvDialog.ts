import type { Locator, Page } from '@playwright/test';

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
    this.dialog = page.getByRole('dialog', { name: `Import a CSV file into ${table}` });
    this.file = this.dialog.getByLabel('CSV file');
    this.problems = this.dialog.getByRole('region', { name: /problems? to fix before importing/ });
    this.problemItems = this.problems.getByRole('listitem');
    this.ok = this.dialog.getByText('No problems found: every row can be imported.');
    this.encoding = this.dialog.getByRole('combobox', { name: 'Encoding' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import CSV…' }).click();
  }

  /** Chooses a file as a user does, through the file chooser (again after correcting it). */
  async choose(file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.file.click()]);
    await chooser.setFiles(file);
  }

  columnField(header: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Field for the column “${header}”` });
  }

  importButton(rows: number): Locator {
    return this.dialog.getByRole('button', { name: `Import ${rows} rows` });
  }
}
