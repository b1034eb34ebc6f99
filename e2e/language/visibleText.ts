/// <reference lib="dom" />
import type { Page } from '@playwright/test';

/**
 * What the page says to a person in its own words: visible text and the aria-label, title and
 * placeholder of elements, leaving out the archive's data (the grid's cells, the archive's file
 * name, form values, text marked `data-archive-text`) and text marked as another language (`lang`, as the language switch's
 * "English" is).
 */
export function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const DATA =
      '[role="gridcell"], td, [data-archive-text], .archive-file, input, textarea, select, option';
    const said: string[] = [];
    const own = document.documentElement.lang;
    const outside = (el: Element) =>
      el.closest(DATA) !== null || (el.closest('[lang]')?.getAttribute('lang') ?? own) !== own;
    for (const el of document.body.querySelectorAll('*')) {
      if (outside(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) said.push(value);
      }
      if (!(el as HTMLElement).checkVisibility?.()) continue;
      for (const node of el.childNodes) {
        const text = node.nodeType === Node.TEXT_NODE ? node.textContent?.trim() : '';
        if (text) said.push(text);
      }
    }
    return said;
  });
}
