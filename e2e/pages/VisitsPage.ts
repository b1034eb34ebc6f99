import type { Locator, Page } from '@playwright/test';
import { t } from '../../i18n/messages.js';
import { RecordTablePage } from './RecordTablePage.js';
import { VisitPanel } from './VisitPanel.js';

/** The Visits table: its rows, its sortable column headers and its count. */
export class VisitsPage extends RecordTablePage {
  readonly searchBox: Locator;

  constructor(page: Page) {
    super(page, t('visits.title'));
    this.searchBox = page.getByRole('searchbox', {
      name: t('search.label', { table: t('visits.title') }),
    });
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  /** Sorts by a column the way a user does: a click on its header (Shift-click to add). */
  async sortBy(name: string, options: { add?: boolean } = {}): Promise<void> {
    await this.columnHeader(name)
      .getByRole('button')
      .first()
      .click({ modifiers: options.add ? ['Shift'] : [] });
  }

  row(index: number): Locator {
    return this.rows.nth(index);
  }

  /** The texts of a row's cells, in column order. */
  async rowTexts(index: number): Promise<string[]> {
    return (await this.row(index).getByRole('gridcell').allInnerTexts()).map((s) => s.trim());
  }

  async headerNames(): Promise<string[]> {
    // A header reads "Start date ▲, sorted ascending": keep the label only.
    return (await this.table.getByRole('columnheader').allInnerTexts()).map((s) =>
      (s.split(',')[0] ?? '').replace(/[▲▼↕\d]/g, '').trim(),
    );
  }

  async openRow(index: number, how: 'click' | 'keyboard' = 'click'): Promise<VisitPanel> {
    const row = this.row(index);
    const title = (await row.getByRole('gridcell').first().innerText()).trim();
    if (how === 'keyboard') {
      await row.getByRole('gridcell').first().focus();
      await this.page.keyboard.press('Enter');
    } else {
      await row.click();
    }
    return new VisitPanel(this.page, title);
  }
}
