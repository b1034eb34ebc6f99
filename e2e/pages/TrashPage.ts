import type { Locator, Page } from '@playwright/test';

/** The Trash section: a table chooser, the trashed records with boxes to tick, Restore, Empty. */
export class TrashPage {
  readonly chooser: Locator;
  readonly restoreButton: Locator;
  readonly emptyButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    const section = page.getByRole('tabpanel', { name: 'Trash' });
    this.chooser = section.getByLabel('Show the trash of');
    this.restoreButton = section.getByRole('button', { name: 'Restore', exact: true });
    this.emptyButton = section.getByRole('button', { name: 'Empty trash…' });
    this.status = section.getByRole('status').filter({ hasText: /Deleted|deleted/ });
  }

  /** The list of one table's trash, named "Visits in the trash". */
  table(name: string): Locator {
    return this.page.getByRole('table', { name: `${name} in the trash` });
  }

  rows(name: string): Locator {
    return this.table(name).locator('tbody tr');
  }

  async show(name: string): Promise<void> {
    await this.chooser.selectOption({ label: name });
  }

  async select(recordName: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select ${recordName}` }).check();
  }
}
