import type { Locator, Page } from '@playwright/test';
import { t } from '../../i18n/messages.js';
import { VisitsPage } from './VisitsPage.js';

/** The window as a user sees it: the header with its counts, the sections, the welcome page. */
export class AppPage {
  readonly heading: Locator;
  readonly counts: Locator;
  readonly welcomeHeading: Locator;
  readonly loadDemoButton: Locator;
  readonly startEmptyButton: Locator;
  readonly busyStatus: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: t('app.name') });
    this.counts = page.getByRole('list', { name: t('stats.label') });
    this.welcomeHeading = page.getByRole('heading', { name: t('welcome.title') });
    this.loadDemoButton = page.getByRole('button', { name: t('welcome.demo') });
    this.startEmptyButton = page.getByRole('button', { name: t('welcome.empty') });
    this.busyStatus = page.getByRole('status').filter({ hasText: t('welcome.demoBusy') });
    this.alert = page.getByRole('alert');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.heading.waitFor();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openSection(name: string): Promise<void> {
    await this.tab(name).click();
  }

  get visits(): VisitsPage {
    return new VisitsPage(this.page);
  }

  async screenshot(name: string): Promise<void> {
    // Away from the rows, so that no hover highlight is taken for a selection.
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({ path: `e2e/output/${name}.png` });
  }
}
