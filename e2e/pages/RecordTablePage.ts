import { expect, type Locator, type Page } from '@playwright/test';
import { t } from '../../i18n/messages.js';

/**
 * Any record table, found by its accessible name: an ARIA grid whose rows are fetched as they
 * scroll into view, with the count of matching records above it.
 */
export class RecordTablePage {
  readonly table: Locator;
  /** Body rows in the page (the grid holds only those near the view). */
  readonly rows: Locator;
  /** "1,234 visits", or "Counting…". */
  readonly count: Locator;
  readonly scroller: Locator;

  constructor(
    readonly page: Page,
    name: string,
  ) {
    this.table = page.getByRole('grid', { name, exact: true });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('gridcell') });
    this.count = page.getByRole('status', { name: t('grid.matching') });
    this.scroller = page.locator('.table-scroll').filter({ has: this.table });
  }

  /** The row at a position among ALL matching records, counting from 0. */
  rowAt(position: number): Locator {
    return this.table.locator(`tbody tr[aria-rowindex="${position + 2}"]`);
  }

  /** Waits until the first row shows a record, not a placeholder. */
  async waitForRows(): Promise<void> {
    await expect(this.rowAt(0)).toBeVisible();
    await expect(this.rowAt(0)).not.toHaveClass(/is-pending/);
  }

  /** The cell that has the keyboard focus, if it is in this grid. */
  get focusedCell(): Locator {
    return this.table.locator('td:focus');
  }

  async firstCell(index: number): Promise<string> {
    return (await this.rows.nth(index).getByRole('gridcell').first().innerText()).trim();
  }
}
