import type { Locator } from '@playwright/test';
import { columnLabel } from '../db/columnLabels.js';
import { t } from '../i18n/messages.js';
import { expect, test } from './fixtures.js';

/** Runs in the Russian project too, whose longer words are what this is about. */
const RU = { tag: '@ru' };

/**
 * Each section's table, with the column that names its records (a meeting by its visit): it
 * takes the room the narrow columns leave, and is never squeezed below TITLE_MIN_PX.
 */
const TABLES = [
  { table: 'visits', title: 'title' },
  { table: 'meetings', title: 'visit' },
  { table: 'people', title: 'name' },
  { table: 'organisations', title: 'name' },
  { table: 'events', title: 'title' },
] as const;

/**
 * Room for a title of some twenty-five characters, the least a reader can tell titles apart in.
 * The squeezed Title this guards against was 156 px (Russian, 1280 px) to 183 px (English, 1366 px).
 */
const TITLE_MIN_PX = 200;

/** The window widths a secretariat's laptops have: the test's default, and a smaller one. */
const WIDTHS = [1366, 1280];

interface Layout {
  /** Header labels shown with an ellipsis instead of whole. */
  cut: string[];
  /** Each column's label and width as laid out, in pixels. */
  columns: Array<{ label: string; width: number }>;
  /** How much wider the table is than its scroll area: headers at the right out of view. */
  overflow: number;
}

/** A grid's headers as laid out. */
function layoutOf(grid: Locator): Promise<Layout> {
  return grid.evaluate((table) => {
    const heads = [...table.querySelectorAll('thead th')];
    const labels = heads.map((th) => th.querySelector<HTMLElement>('.sort-label'));
    // Cut as the browser counts it, or by a fraction of a pixel, which already shows an
    // ellipsis: the label's text laid out wider than the label.
    const cut = (label: HTMLElement) => {
      const text = document.createRange();
      text.selectNodeContents(label);
      const short = text.getBoundingClientRect().width - label.getBoundingClientRect().width;
      return label.scrollWidth > label.clientWidth || short > 0.01;
    };
    const scroller = table.closest('.table-scroll');
    return {
      cut: labels.filter((l) => l !== null && cut(l)).map((l) => l?.textContent ?? ''),
      columns: heads.map((th, i) => ({
        label: labels[i]?.textContent ?? '',
        width: th.getBoundingClientRect().width,
      })),
      overflow: table.scrollWidth - (scroller?.clientWidth ?? table.scrollWidth),
    };
  });
}

for (const width of WIDTHS) {
  test(
    `at ${width} px every table shows its headers whole and room for titles`,
    RU,
    async ({ app, language }) => {
      await app.page.setViewportSize({ width, height: 820 });
      const problems: string[] = [];
      for (const { table, title } of TABLES) {
        const tab = t(`nav.${table}`);
        await app.openSection(tab);
        await expect(app.tab(tab)).toHaveAttribute('aria-selected', 'true');
        const grid = app.page.getByRole('tabpanel', { name: tab }).getByRole('grid');
        await expect(grid.locator('tbody tr[aria-rowindex="2"]')).not.toHaveClass(/is-pending/);
        const layout = await layoutOf(grid);
        for (const label of layout.cut) problems.push(`${table}: header "${label}" is cut`);
        if (layout.overflow > 0)
          problems.push(`${table}: ${layout.overflow} px wider than its view`);
        const label = columnLabel(table, title, language);
        const column = layout.columns.find((c) => c.label === label);
        if (!column) problems.push(`${table}: no column "${label}"`);
        else if (column.width < TITLE_MIN_PX) {
          problems.push(`${table}: "${label}" is ${column.width} px wide`);
        }
        await app.screenshot(`layout-${table}-${language}-${width}`);
      }
      expect(problems).toEqual([]);
    },
  );
}

/** The longest city names the demo archive writes; a city column reads them whole. */
const CITY_LETTERS = 11;

test(
  `a city of up to ${CITY_LETTERS} letters reads whole in every table that shows cities`,
  RU,
  async ({ app, language }) => {
    const cut: string[] = [];
    for (const table of ['visits', 'meetings', 'events'] as const) {
      const tab = t(`nav.${table}`);
      await app.openSection(tab);
      await expect(app.tab(tab)).toHaveAttribute('aria-selected', 'true');
      const grid = app.page.getByRole('tabpanel', { name: tab }).getByRole('grid');
      await expect(grid.locator('tbody tr[aria-rowindex="2"]')).not.toHaveClass(/is-pending/);
      const label = columnLabel(table, 'city', language);
      const found = await grid.evaluate(
        (node, { label, letters }) => {
          const heads = [...node.querySelectorAll('thead th')];
          const at = heads.findIndex(
            (th) => th.querySelector('.sort-label')?.textContent === label,
          );
          if (at < 0) return [`no column "${label}"`];
          const cells = [...node.querySelectorAll(`tbody tr td:nth-child(${at + 1})`)];
          return cells
            .filter((td) => [...(td.textContent ?? '')].length <= letters)
            .filter((td) => td.scrollWidth > td.clientWidth)
            .map((td) => td.textContent ?? '');
        },
        { label, letters: CITY_LETTERS },
      );
      cut.push(...found.map((city) => `${table}: ${city}`));
    }
    expect([...new Set(cut)]).toEqual([]);
  },
);
