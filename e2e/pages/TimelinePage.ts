import { expect, type Locator, type Page } from '@playwright/test';
import { t } from '../../i18n/messages.js';

/** The Timeline section: its canvas, the list of visits in view, its controls and exports. */
export class TimelinePage {
  readonly canvas: Locator;
  readonly count: Locator;
  readonly axis: Locator;
  readonly items: Locator;
  readonly lanes: Locator;
  readonly searchBox: Locator;
  readonly region: Locator;
  readonly clearFilters: Locator;
  readonly zoomIn: Locator;
  readonly fit: Locator;
  readonly exportPng: Locator;
  readonly exportSvg: Locator;

  constructor(readonly page: Page) {
    const panel = page.getByRole('tabpanel', { name: t('nav.timeline') });
    const canvasLabel = t('timeline.canvasLabel').split('{')[0]!;
    this.canvas = panel.locator(`canvas[role="img"][aria-label^="${canvasLabel}"]`);
    this.count = panel.getByTestId('timeline-count');
    this.axis = panel.getByTestId('timeline-axis');
    this.items = panel.getByRole('region', { name: t('timeline.inView') }).getByRole('listitem');
    this.lanes = panel.getByLabel(t('timeline.lanes'), { exact: true });
    this.searchBox = panel.getByRole('searchbox', {
      name: t('search.label', { table: t('visits.title') }),
    });
    this.region = panel.getByLabel(t('timeline.regionFilter'), { exact: true });
    this.clearFilters = panel.getByRole('button', { name: t('filter.clearAll') });
    this.zoomIn = panel.getByRole('button', { name: t('timeline.zoomIn') });
    this.fit = panel.getByRole('button', { name: t('timeline.fit') });
    this.exportPng = panel.getByRole('button', { name: t('timeline.exportPng') });
    this.exportSvg = panel.getByRole('button', { name: t('timeline.exportSvg') });
  }

  /**
   * Presses a key on the focused canvas and waits until the axis shows the new view, so that the
   * list of visits in view belongs to it.
   */
  async press(key: string, times = 1): Promise<void> {
    await this.canvas.focus();
    for (let i = 0; i < times; i++) {
      const before = (await this.axis.textContent()) ?? '';
      await this.page.keyboard.press(key);
      await expect(this.axis).not.toHaveText(before);
    }
  }

  /** The lanes the listed visits are drawn in. */
  async laneNames(): Promise<string[]> {
    const lanes = await this.items.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-lane') ?? ''),
    );
    return [...new Set(lanes)];
  }

  /** Clicks the picture where the n-th listed visit is drawn, and answers its title. */
  async clickDrawn(index: number): Promise<void> {
    const item = this.items.nth(index);
    const x = Number(await item.getAttribute('data-x'));
    const y = Number(await item.getAttribute('data-y'));
    await this.canvas.click({ position: { x, y } });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({ path: `e2e/output/${name}.png` });
  }
}
