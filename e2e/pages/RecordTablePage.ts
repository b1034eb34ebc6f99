import type { Locator, Page } from '@playwright/test';

/** Any read-only section's table, found by its accessible name, with its pager. */
export class RecordTablePage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly pageInfo: Locator;

  constructor(
    readonly page: Page,
    name: string,
  ) {
    this.table = page.getByRole('table', { name, exact: true });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
    this.pageInfo = page.getByRole('navigation', { name: 'Pages' }).getByRole('status');
  }

  async firstCell(index: number): Promise<string> {
    return (await this.rows.nth(index).getByRole('cell').first().innerText()).trim();
  }
}
