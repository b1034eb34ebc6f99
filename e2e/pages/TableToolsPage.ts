import { expect, type Locator, type Page } from '@playwright/test';
import { t } from '../../i18n/messages.js';
import { RecordTablePage } from './RecordTablePage.js';

/**
 * The tools around a record table: a column's filter (opened from its header), the chips of
 * the filters in force, the Columns and Views menus.
 */
export class TableToolsPage extends RecordTablePage {
  readonly chipList: Locator;
  readonly chips: Locator;
  readonly clearAllButton: Locator;
  readonly searchBox: Locator;
  readonly columnsButton: Locator;
  readonly columnsPanel: Locator;
  readonly viewsButton: Locator;
  readonly viewsPanel: Locator;

  constructor(page: Page, name: string) {
    super(page, name);
    this.chipList = page.getByRole('list', { name: t('filter.chips') });
    this.chips = this.chipList.getByRole('listitem');
    this.clearAllButton = page.getByRole('button', { name: t('filter.clearAll') });
    this.searchBox = page.getByRole('searchbox', { name: t('search.label', { table: name }) });
    this.columnsButton = page.getByRole('button', { name: t('columns.button'), exact: true });
    this.columnsPanel = page.getByRole('dialog', { name: t('columns.title') });
    this.viewsButton = page.getByRole('button', { name: t('views.button'), exact: true });
    this.viewsPanel = page.getByRole('dialog', { name: t('views.title') });
  }

  header(label: string): Locator {
    return this.table.getByRole('columnheader', { name: label });
  }

  filterButton(label: string): Locator {
    return this.page.getByRole('button', { name: t('filter.button', { label }), exact: true });
  }

  filterPanel(label: string): Locator {
    return this.page.getByRole('dialog', { name: t('filter.button', { label }) });
  }

  /** Opens a column's filter from its header and returns its panel. */
  async openFilter(label: string): Promise<Locator> {
    await this.filterButton(label).click();
    const panel = this.filterPanel(label);
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Closes a column's filter with Escape: a first Escape closes a picker's open list. */
  async closeFilter(label: string): Promise<void> {
    const panel = this.filterPanel(label);
    // Pressed once the picker's list is seen closed, the next Escape closes the filter, not the
    // list: a second Escape pressed while the filter is still closing would reach the table.
    const openList = panel.getByRole('combobox', { expanded: true });
    if ((await openList.count()) > 0) {
      await this.page.keyboard.press('Escape');
      await expect(openList).toHaveCount(0);
    }
    await this.page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  }

  removeChipButton(chip: string): Locator {
    return this.page.getByRole('button', { name: t('filter.remove', { chip }), exact: true });
  }

  /** The column labels, in order. */
  async headerNames(): Promise<string[]> {
    const texts = await this.table.locator('thead .sort-label').allInnerTexts();
    return texts.map((s) => s.trim());
  }

  /** The texts of one column in the rows drawn now. */
  async columnTexts(label: string): Promise<string[]> {
    await this.waitForRows();
    const index = (await this.headerNames()).indexOf(label);
    expect(index, `no column ${label}`).toBeGreaterThanOrEqual(0);
    const cells = this.rows.locator(`td:nth-child(${index + 1})`);
    return (await cells.allInnerTexts()).map((s) => s.trim());
  }

  /**
   * Waits until a table's state is remembered (a moment after the last change): the open
   * view's key is written after the state's.
   */
  async waitForRemembered(table = 'visits'): Promise<void> {
    await this.page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/putUiState') &&
        (r.request().postData() ?? '').includes(`"table.${table}.view"`),
    );
  }
}
