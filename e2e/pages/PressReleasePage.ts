import type { Locator, Page } from '@playwright/test';
import { t } from '../../i18n/messages.js';

/** The "Import press release" section: the text, the draft it gives, and its Save button. */
export class PressReleasePage {
  readonly text: Locator;
  readonly readButton: Locator;
  readonly saveButton: Locator;
  readonly visitTitle: Locator;
  readonly saved: Locator;
  readonly linkedNotes: Locator;
  readonly unplaced: Locator;
  readonly startDate: Locator;
  readonly confirmation: Locator;
  readonly confirmButton: Locator;
  readonly evidence: Locator;
  readonly evidenceText: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByLabel(t('pressRelease.text'));
    this.readButton = page.getByRole('button', { name: t('pressRelease.read') });
    this.saveButton = page.getByRole('button', { name: t('pressRelease.save') });
    this.visitTitle = page.getByLabel(t('pressRelease.visitTitle'));
    this.saved = page
      .getByRole('status')
      .filter({ hasText: t('pressRelease.saved').split(' ')[0]! });
    this.linkedNotes = page.getByText(t('pressRelease.linked'));
    this.unplaced = page.getByRole('region', { name: t('pressRelease.unplaced') });
    this.startDate = page.getByRole('textbox', { name: t('field.start_date'), exact: true });
    this.confirmation = page.getByRole('dialog', { name: t('pressRelease.confirmTitle') });
    this.confirmButton = this.confirmation.getByRole('button', {
      name: t('pressRelease.confirmSave'),
    });
    this.evidence = page.getByRole('region', { name: t('pressRelease.evidence') });
    this.evidenceText = page.getByRole('textbox', { name: t('pressRelease.evidence') });
  }

  /** The fields of one meeting of the draft, "Meeting 1" being the first. */
  meeting(n: number): Locator {
    return this.page.getByRole('group', { name: t('pressRelease.meeting', { n }), exact: true });
  }

  /** The fields of one event announced, "Event 1" being the first. */
  event(n: number): Locator {
    return this.page.getByRole('group', { name: t('pressRelease.event', { n }), exact: true });
  }

  /** The fields of one person met, found by the name the draft gave them. */
  participant(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  /** Save, then confirm the records the confirmation names. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await this.confirmButton.click();
  }

  /** Selects words of the release's text with the keyboard, from where `words` begin. */
  async selectWords(words: string, count: number): Promise<void> {
    const at = await this.evidenceText.evaluate(
      (box, find) => (box as unknown as { value: string }).value.indexOf(find),
      words,
    );
    await this.evidenceText.focus();
    await this.evidenceText.evaluate(
      (box, i) =>
        (box as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(
          i,
          i,
        ),
      at,
    );
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Shift+Control+ArrowRight');
  }

  async read(text: string): Promise<void> {
    await this.text.fill(text);
    await this.readButton.click();
    await this.saveButton.waitFor();
  }
}
