// The typing yardstick (bench/gridPageScripts.ts) in Chromium: a keystroke's time runs from the
// last key of a word to the end of the frame that painted its rows, whether the letter came with a
// key event or was put in as text (Russian letters reach a page that way from Playwright, as from
// an input method), and however long after that frame the bench asks.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunch } from '../../e2e/chromiumLaunch.js';
import { INSTRUMENT, PAINTED, painted } from '../gridPageScripts.js';

// Keys held this long, as Playwright's typing with a delay holds them; the page's rows come
// shortly after each input, while the last key is still down.
const KEY_MS = 150;
const ANSWER_MS = 20;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunch);
  page = await browser.newPage();
  // The page's own record: when its last keystroke began (the key going down, or the text put in
  // when no key was), its last input event, and the end of the frame after its rows' mark.
  await page.setContent(`<input aria-label="Search">
<script>
  window.lastKey = 0;
  window.lastInput = 0;
  window.shown = 0;
  let began = null;
  let timer = 0;
  window.addEventListener('keydown', () => { began = performance.now(); }, true);
  window.addEventListener('beforeinput', () => { began ??= performance.now(); }, true);
  document.querySelector('input').addEventListener('input', () => {
    window.lastKey = began ?? performance.now();
    began = null;
    window.lastInput = performance.now();
    window.shown = 0;
    clearTimeout(timer);
    timer = setTimeout(() => {
      performance.mark('grid-rows');
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.shown = performance.now(); };
        channel.port2.postMessage(0);
      });
    }, ${ANSWER_MS});
  });
</script>`);
  await page.evaluate(INSTRUMENT);
});

afterAll(async () => {
  await browser?.close();
});

describe('the typing yardstick', () => {
  for (const word of ['meeting', 'встреча']) {
    it(`times "${word}" from its last letter to the frame that painted its rows`, async () => {
      await page.getByLabel('Search').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(word, { delay: KEY_MS });
      await page.waitForFunction('window.shown > window.lastInput');
      const { total } = (await page.evaluate(PAINTED)) as { total: number };
      const { lastKey, shown } = (await page.evaluate(
        '({ lastKey: window.lastKey, shown: window.shown })',
      )) as { lastKey: number; shown: number };
      // The yardstick's frame is the page's own (both are told after the same frame) and its key
      // the last one: counting from an earlier keystroke, or to when the bench asked (after the
      // last key was held KEY_MS), would add the better part of a key's hold. Half a hold leaves
      // a busy machine room to run the two frame-end messages apart.
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(shown - lastKey + KEY_MS / 2);
    });
  }

  it('counts only the rows of the word in the search box, not of its first letters', async () => {
    // Each input's rows come later than the next key: the rows of "mee" after its last letter.
    const slow = await browser.newPage();
    try {
      await slow.setContent(`<input aria-label="Search">
<script>
  window.lastInput = 0;
  window.marked = {};
  document.querySelector('input').addEventListener('input', (event) => {
    window.lastInput = performance.now();
    const search = event.target.value;
    setTimeout(() => {
      performance.mark('grid-rows', { detail: JSON.stringify({ search }) });
      window.marked[search] = performance.now();
    }, ${3 * KEY_MS});
  });
</script>`);
      await slow.evaluate(INSTRUMENT);
      await slow.getByLabel('Search').click();
      await slow.keyboard.type('meet', { delay: KEY_MS });
      const { total } = (await slow.evaluate(painted('meet'))) as { total: number };
      const { lastInput, marked } = (await slow.evaluate(
        '({ lastInput: window.lastInput, marked: window.marked })',
      )) as { lastInput: number; marked: Record<string, number> };
      expect(marked.meet).toBeDefined();
      expect(total).toBeGreaterThanOrEqual(marked.meet! - lastInput);
    } finally {
      await slow.close();
    }
  });
});
