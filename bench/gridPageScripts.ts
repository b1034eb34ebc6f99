/**
 * The scripts bench/gridMeasure.ts runs in the page, as strings (bench/ is not typed for DOM):
 * a keystroke's time, the frame after the grid's new rows, a fast scroll, a jump.
 */
const ROW_PX = 32;
const ROWS_PER_FRAME = 25;

export const INSTRUMENT = `(() => {
  window.__grid = { key: 0, down: false, painted: [], long: [] };
  document.addEventListener('keydown', () => {
    window.__grid.key = performance.now();
    window.__grid.down = true;
  }, true);
  document.addEventListener('keyup', () => { window.__grid.down = false; }, true);
  // Text put in with no key held (an input method; Playwright types letters outside the US
  // layout so) is a keystroke too.
  document.addEventListener('beforeinput', () => {
    if (!window.__grid.down) window.__grid.key = performance.now();
  }, true);
  // The grid marks its new rows as React commits them; a frame callback asked for then runs
  // before that frame's style, layout and paint, and a message posted from it is handled once
  // the frame is done: that is when the rows were painted, whenever the bench asks.
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === 'grid-rows') {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__grid.painted.push({
            marked: entry.startTime,
            painted: performance.now(),
            query: String(options?.detail ?? ''),
          });
        };
        channel.port2.postMessage(0);
      });
    }
    return entry;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__grid.long.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
})()`;

/**
 * After the last keystroke: the end of the frame that painted the grid's first new rows, from the
 * time INSTRUMENT keeps, so that a key still held down, or the bench's own delay, adds nothing;
 * and how long ago the key was, for the bench to place it on its own clock. With `search`, only
 * the rows of a query searching for it count: while the search box waits out its pause, the rows
 * of the word's earlier letters may still come after its last key.
 */
export function painted(search?: string): string {
  const query = search === undefined ? '' : JSON.stringify(`"search":${JSON.stringify(search)}`);
  return `new Promise((resolve, reject) => {
  const key = window.__grid.key;
  const query = ${query || "''"};
  const timer = setTimeout(() => reject(new Error('No new rows within 60 s')), 60000);
  const poll = () => {
    const done = window.__grid.painted.find((p) => p.marked > key && p.query.includes(query));
    if (!done) {
      requestAnimationFrame(poll);
      return;
    }
    clearTimeout(timer);
    const asked = performance.getEntriesByType('resource')
      .filter((r) => r.name.endsWith('/api/listRecords') && r.startTime > key)
      .filter((r) => r.startTime < done.marked).at(-1);
    resolve({
      total: done.painted - key,
      request: asked ? done.painted - asked.startTime : null,
      sinceKey: performance.now() - key,
    });
  };
  poll();
})`;
}

/** painted() for any query's rows. */
export const PAINTED = painted();

const LIVE_GRID = '.section-panel:not([hidden]) .table-scroll';
const PLAIN_GRID = '#grid-plain-copy';

/**
 * Scrolls the grid down `rows` rows, ROWS_PER_FRAME a frame, as a fast drag does; with `copy`,
 * the plain copy PLAIN_COPY made instead.
 */
export const SCROLL = (rows: number, copy = false) => `new Promise((resolve) => {
  const el = document.querySelector(${JSON.stringify(copy ? PLAIN_GRID : LIVE_GRID)});
  const times = []; let placeholders = 0; let last = performance.now(); let left = ${Math.ceil(rows / ROWS_PER_FRAME)};
  window.__grid.long = [];
  const tick = (now) => {
    times.push(now - last); last = now;
    const view = el.getBoundingClientRect();
    for (const tr of el.querySelectorAll('tbody tr.is-pending')) {
      const r = tr.getBoundingClientRect();
      if (r.bottom > view.top && r.top < view.bottom) { placeholders++; break; }
    }
    if (left-- <= 0) return resolve({ times: times.slice(1), placeholders, long: window.__grid.long });
    el.scrollTop += ${ROWS_PER_FRAME * ROW_PX};
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/**
 * The yardstick of a drag: the grid's own table copied, with the same styles, header and rows
 * (the rows in the page repeated until there are `rows`), put in the grid's place while the grid
 * itself is hidden, and windowed by the least script a windowed table can have: in each scroll
 * event, the rows in view and 3 beyond each edge (as the grid lays out) are put between two
 * spacer rows, taken from rows made before the drag. Each frame of its drag is the browser's own
 * style, layout and paint of the new rows, with no framework, no fetching and no formatting.
 */
export const PLAIN_COPY = (rows: number) => `new Promise((resolve, reject) => {
  const live = document.querySelector(${JSON.stringify(LIVE_GRID)});
  const timer = setTimeout(() => reject(new Error('The grid showed no rows to copy within 60 s')), 60000);
  const real = () => [...live.querySelectorAll('tbody tr[aria-rowindex]:not(.is-pending)')];
  const copyWhenShown = () => {
    if (real().length < 10) return requestAnimationFrame(copyWhenShown);
    clearTimeout(timer);
    const rowPx = real()[0].getBoundingClientRect().height;
    const copy = live.cloneNode(true);
    copy.id = ${JSON.stringify(PLAIN_GRID.slice(1))};
    copy.removeAttribute('data-stale');
    copy.querySelector('.table-empty')?.remove();
    const body = copy.querySelector('tbody');
    const shown = [...body.querySelectorAll('tr[aria-rowindex]:not(.is-pending)')];
    const made = Array.from({ length: ${rows} }, (_, i) => shown[i % shown.length].cloneNode(true));
    const spacer = () => {
      const tr = document.createElement('tr');
      const td = tr.appendChild(document.createElement('td'));
      td.colSpan = shown[0].children.length;
      return [tr, td];
    };
    const [above, aboveCell] = spacer();
    const [below, belowCell] = spacer();
    live.style.display = 'none';
    live.after(copy);
    const view = copy.clientHeight;
    const place = () => {
      const first = Math.max(0, Math.floor(copy.scrollTop / rowPx) - 3);
      const last = Math.min(made.length, Math.ceil((copy.scrollTop + view) / rowPx) + 3);
      aboveCell.style.height = first * rowPx + 'px';
      belowCell.style.height = (made.length - last) * rowPx + 'px';
      body.replaceChildren(above, ...made.slice(first, last), below);
    };
    copy.addEventListener('scroll', place);
    copy.scrollTop = 0;
    place();
    resolve({ rowPx, rows: body.children.length });
  };
  copyWhenShown();
})`;

/** Removes PLAIN_COPY's table and shows the grid again. */
export const PLAIN_REMOVE = `(() => {
  document.querySelector(${JSON.stringify(PLAIN_GRID)})?.remove();
  document.querySelector(${JSON.stringify(LIVE_GRID)}).style.display = '';
})()`;

/**
 * Sets the scroll bar at `fraction` of the way and waits for a frame with no placeholder in view.
 * Resolves with the total (to the frame that shows the rows, before its paint) and its parts:
 * the scroll → the page asks its rows (React render, effects); asked → the answer's first byte
 * (the server: queue, reader thread, archive) and its transfer; the answer → the rows in the
 * page (parsing, the store, React's render and commit, seen by a MutationObserver); and the rows
 * in the page → the end of the frame that paints them (style, layout, paint).
 */
export const JUMP = (fraction: number) => `new Promise((resolve, reject) => {
  const el = document.querySelector(${JSON.stringify(LIVE_GRID)});
  const timer = setTimeout(() => reject(new Error('The jump showed no rows within 30 s')), 30000);
  const inView = () => {
    const view = el.getBoundingClientRect();
    return [...el.querySelectorAll('tbody tr[aria-rowindex]')].filter((tr) => {
      const r = tr.getBoundingClientRect();
      return r.bottom > view.top + 40 && r.top < view.bottom;
    });
  };
  const ready = () => {
    const rows = inView();
    return rows.length > 5 && rows.every((tr) => !tr.classList.contains('is-pending'));
  };
  let inPage = null;
  const observer = new MutationObserver(() => {
    if (inPage === null && ready()) inPage = performance.now();
  });
  observer.observe(el.querySelector('tbody'), { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  performance.clearResourceTimings();
  const began = performance.now();
  el.scrollTop = (el.scrollHeight - el.clientHeight) * ${fraction};
  const check = (frame) => {
    if (!ready()) return requestAnimationFrame(check);
    const total = performance.now() - began;
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      const painted = performance.now();
      const shownAt = inPage ?? frame;
      const asked = performance.getEntriesByType('resource')
        .filter((r) => r.name.endsWith('/api/listRecords') && r.startTime >= began && r.responseEnd <= shownAt);
      const first = asked.reduce((a, r) => (a && a.startTime <= r.startTime ? a : r), null);
      const last = asked.reduce((a, r) => (a && a.responseEnd >= r.responseEnd ? a : r), null);
      resolve({
        total,
        painted: painted - began,
        requests: asked.length,
        toAsk: first ? first.startTime - began : null,
        server: last ? last.responseStart - last.startTime : null,
        transfer: last ? last.responseEnd - last.responseStart : null,
        toPage: last ? shownAt - last.responseEnd : null,
        toPaint: painted - shownAt,
      });
    };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(check);
})`;
