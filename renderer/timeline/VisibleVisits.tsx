import type { TimelineData } from '../../db/api.js';
import { t } from '../messages.js';
import type { Frame } from './timelineFrame.js';
import { LABEL_WIDTH, ROW_HEIGHT, rowTop } from './timelineGeometry.js';
import { visitText } from './TimelineTooltip.js';

/** Keyboard and screen-reader users reach the drawn visits here; the list follows the view. */
const LIST_MOST = 100;

/**
 * The visits in view, lane by lane, as buttons that open them: the same marks the canvas drew,
 * so that what a keyboard user can reach is what a mouse user sees.
 */
export function VisibleVisits({
  frame,
  data,
  labels,
  onOpen,
}: {
  frame: Frame | null;
  data: TimelineData;
  labels: readonly string[];
  onOpen: (visit: number) => void;
}) {
  if (!frame) return null;
  const seen = new Set<number>();
  const items: { visit: number; lane: number; x: number; y: number }[] = [];
  for (const mark of frame.marks) {
    for (const p of mark.items) {
      // A visit reaching outside the view is listed, one that is wholly out is not.
      if (p.hi <= frame.from || p.lo >= frame.to || seen.has(p.visit)) continue;
      seen.add(p.visit);
      // Where the visit's mark is drawn, so that a test can click the picture where a user would.
      const box = frame.boxes[mark.lane];
      const y = box ? rowTop(box, mark.row) + ROW_HEIGHT / 2 : 0;
      const x = (Math.max(mark.x0, LABEL_WIDTH) + Math.min(mark.x1, frame.width)) / 2;
      items.push({ visit: p.visit, lane: mark.lane, x: Math.round(x), y: Math.round(y) });
    }
  }
  items.sort((a, b) => a.visit - b.visit);
  const shown = items.slice(0, LIST_MOST);
  return (
    <section className="timeline-list" aria-label={t('timeline.inView')}>
      <h3>{t('timeline.inViewCount', { count: items.length, marks: frame.marks.length })}</h3>
      <ul data-testid="timeline-items">
        {shown.map(({ visit, lane, x, y }) => (
          <li key={visit} data-lane={labels[lane] ?? ''} data-x={x} data-y={y}>
            <button
              type="button"
              className="link-button"
              data-archive-text
              onClick={() => onOpen(visit)}
            >
              {visitText(data, visit)}
            </button>
            <span className="muted"> — {labels[lane]}</span>
          </li>
        ))}
      </ul>
      {frame.marks.some((m) => m.span) ? <p className="muted">{t('timeline.countsOnly')}</p> : null}
      {items.length > shown.length ? (
        <p className="muted">{t('timeline.more', { count: items.length - shown.length })}</p>
      ) : null}
    </section>
  );
}
