import type { Locator, Page } from '@playwright/test';

/** Undo and Redo in the header, and the message about the last change at the foot. */
export class ChangeControls {
  readonly group: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly notice: Locator;
  readonly noticeUndo: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole('group', { name: 'Undo and redo changes' });
    this.undoButton = this.group.getByRole('button').first();
    this.redoButton = this.group.getByRole('button').nth(1);
    this.notice = page.locator('.change-notice-region');
    this.noticeUndo = this.notice.getByRole('button', { name: 'Undo', exact: true });
  }
}
