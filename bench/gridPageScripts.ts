/**
 * The scripts bench/gridMeasure.ts runs in the page, as strings (bench/ is not typed for DOM):
 * a keystroke's time, the frame after the grid's new rows, a fast scroll, a jump.
 */
const ROW_PX = 32;
const ROWS_PER_FRAME = 25;

export const INSTRUMENT = `(() => {
  window.__grid = { key: 0, long: [] };
  document.addEventListener('keydown', () => { window.__grid.key = performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__grid.long.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
})()`;

/**
 * After the last keystroke: the grid's mark for the new rows, then the end of the frame that
 * paints them. The mark is made as React commits the rows; a frame callback that finds it runs
 * before that frame's style, layout and paint, and a message posted from it is handled once the
 * frame is done. A mark already there when the wait begins is timed at the next frame's end.
 */
export const PAINTED = `new Promise((resolve, reject) => {
  const key = window.__grid.key;
  const timer = setTimeout(() => reject(new Error('No new rows within 60 s')), 60000);
  const afterThisFrame = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      const now = performance.now();
      const asked = performance.getEntriesByType('resource')
        .filter((r) => r.name.endsWith('/api/listRecords') && r.startTime > key).at(-1);
      resolve({ total: now - key, request: asked ? now - asked.startTime : null });
    };
    channel.port2.postMessage(0);
  };
  const poll = (inFrame) => {
    const mark = performance.getEntriesByName('grid-rows').find((m) => m.startTime > key);
    if (!mark) requestAnimationFrame(() => poll(true));
    else if (inFrame) afterThisFrame();
    else requestAnimationFrame(afterThisFrame);
  };
  poll(false);
})`;

/** Scrolls the grid down `rows` rows, ROWS_PER_FRAME a frame, as a fast drag does. */
export const SCROLL = (rows: number) => `new Promise((resolve) => {
  const el = document.querySelector('.section-panel:not([hidden]) .table-scroll');
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
 * Sets the scroll bar at `fraction` of the way and waits for a frame with no placeholder in view.
 * Resolves with the total (to the frame that shows the rows, before its paint) and its parts:
 * the scroll → the page asks its rows (React render, effects); asked → the answer's first byte
 * (the server: queue, reader thread, archive) and its transfer; the answer → the rows in the
 * page (parsing, the store, React's render and commit, seen by a MutationObserver); and the rows
 * in the page → the end of the frame that paints them (style, layout, paint).
 */
export const JUMP = (fraction: number) => `new Promise((resolve, reject) => {
  const el = document.querySelector('.section-panel:not([hidden]) .table-scroll');
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
