import type { Locator, Page } from '@playwright/test';

/** An open visit: a dialog named after the visit, listing its fields and meetings. */
export class VisitPanel {
  readonly dialog: Locator;
  readonly meetingList: Locator;
  readonly meetings: Locator;
  readonly closeButton: Locator;

  constructor(
    readonly page: Page,
    readonly title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title, exact: true });
    this.meetingList = this.dialog.getByRole('list', { name: 'Meetings' });
    this.meetings = this.meetingList.getByRole('listitem');
    this.closeButton = this.dialog.getByRole('button', { name: 'Close' });
  }

  meeting(index: number): Locator {
    return this.meetings.nth(index);
  }

  async pressEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
