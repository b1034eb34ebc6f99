import type { Locator, Page } from '@playwright/test';
import { AppPage } from './AppPage.js';

/**
 * A record's form (or a small form inside one, such as "New person"), found by its name; its
 * fields by their labels, pickers and the country field by typing and choosing an option.
 */
export class RecordForm {
  readonly form: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  /** The list of problems at the top of the form. */
  readonly summary: Locator;

  constructor(
    readonly page: Page,
    scope: Locator | Page,
    name: string,
    { nested = false, save = 'Save' }: { nested?: boolean; save?: string } = {},
  ) {
    this.form = nested
      ? scope.getByRole('group', { name, exact: true })
      : scope.getByRole('form', { name, exact: true });
    // The buttons of this form, not those of a small form inside it.
    const own = this.form.locator('> .form-actions, > * > .form-actions').last();
    this.saveButton = own.getByRole('button', { name: save, exact: true });
    this.cancelButton = own.getByRole('button', { name: 'Cancel', exact: true });
    this.summary = this.form.getByRole('region', { name: /to fix before this can be saved/ });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true }).first();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** Types into a type-ahead field and picks the option whose text starts with `option`. */
  async choose(label: string, typed: string, option: string): Promise<void> {
    const input = this.form.getByRole('combobox', { name: label, exact: true }).first();
    await input.click();
    await input.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Types a name the archive does not know yet and chooses to create it. */
  async create(label: string, name: string): Promise<void> {
    await this.choose(label, name, `Create “${name}”…`);
  }

  /** A small form inside this one: a new person, organisation or source. */
  nested(name: string, save: string): RecordForm {
    return new RecordForm(this.page, this.form, name, { nested: true, save });
  }

  participant(n: number): Locator {
    return this.form.getByRole('group', { name: `Participant ${n}`, exact: true });
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}

/** Opens an empty archive, past its welcome page. */
export async function openEmptyArchive(page: Page, url: string): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open(url);
  await app.startEmptyButton.click();
  return app;
}

/** "New visit", "New person"…: the section's button, and the form of the new record. */
export async function newRecord(page: Page, name: string): Promise<RecordForm> {
  await page.getByRole('button', { name, exact: true }).click();
  return new RecordForm(page, page, name);
}
