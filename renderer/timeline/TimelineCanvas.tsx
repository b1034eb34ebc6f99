/**
 * The timeline drawn on a canvas. Measured before choosing: DOM or SVG timelines (vis-timeline
 * promises smooth work only up to a few hundred items) re-lay out one element per item, while a
 * canvas over a time-sorted index paints only the marks in view, so its cost follows the screen
 * and not the archive (see bench/RESULTS.md, "Timeline").
 */
import type { ZoomTransform } from 'd3-zoom';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { TimelineData } from '../../db/api.js';
import { t } from '../messages.js';
import { drawTimeline } from './drawTimeline.js';
import type { Layout } from './layoutLanes.js';
import { markAt } from './markAt.js';
import type { SummaryLanes } from './summaryLanes.js';
import { timelineFrame, type Frame } from './timelineFrame.js';
import { LABEL_WIDTH } from './timelineGeometry.js';
import { TimelineTooltip, tooltipText } from './TimelineTooltip.js';
import { useTimelineZoom } from './useTimelineZoom.js';
import { VisibleVisits } from './VisibleVisits.js';

export interface TimelineCanvasProps {
  data: TimelineData;
  layout: Layout;
  labels: readonly string[];
  /** What the picture shows, in words: the canvas's accessible name. */
  description: string;
  today: string;
  onOpen: (visit: number) => void;
  /** Told of each frame painted, for the export and the count of what is in view. */
  onFrame?: (frame: Frame) => void;
  /** Counts drawn where the visits of the view are not at hand (outside `covered`). */
  summary?: SummaryLanes | null;
  /** The period in days whose visits `data` holds whole; null when it holds them all. */
  covered?: { from: number; to: number } | null;
  /** Told of the period in view once a gesture pauses, to fetch its visits. */
  onSettle?: (from: number, to: number) => void;
}

/** The list of visits in view follows the picture once a gesture pauses, not on every frame. */
const SETTLE_MS = 120;

export function TimelineCanvas(props: TimelineCanvasProps) {
  const { data, layout, labels, description, today, onOpen, onFrame } = props;
  const { summary = null, covered = null, onSettle } = props;
  const settled$ = useRef(onSettle);
  settled$.current = onSettle;
  const axisId = useId();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const tip = useRef<HTMLDivElement>(null);
  const frame = useRef<Frame | null>(null);
  const transform = useRef<ZoomTransform | null>(null);
  const [width, setWidth] = useState(800);
  const [settled, setSettled] = useState<Frame | null>(null);
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef(0);

  const pad = Math.max(1, (layout.last - layout.first) * 0.02);
  const first = (Number.isFinite(layout.first) ? layout.first : 0) - pad;
  const last = (Number.isFinite(layout.last) ? layout.last : 1) + pad;

  const paint = useCallback(() => {
    pending.current = 0;
    const began = performance.now();
    const node = canvas.current;
    const ctx = node?.getContext('2d');
    if (!node || !ctx) return;
    const k = transform.current?.k ?? 1;
    const tx = transform.current?.x ?? 0;
    // d3-zoom maps a resting pixel u to k * u + x; at rest the plot shows [first, last].
    const perPx = (last - first) / (width - LABEL_WIDTH);
    const dayAt = (px: number) => first + ((px - tx) / k - LABEL_WIDTH) * perPx;
    const from = dayAt(LABEL_WIDTH);
    const to = dayAt(width);
    const inDetail = !summary || (covered !== null && covered.from <= from && to <= covered.to);
    const f = timelineFrame(data, layout, { from, to, width }, today, inDetail ? null : summary);
    const dpr = window.devicePixelRatio || 1;
    if (node.width !== Math.round(width * dpr) || node.height !== Math.round(f.height * dpr)) {
      node.width = Math.round(width * dpr);
      node.height = Math.round(f.height * dpr);
      node.style.height = `${f.height}px`;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawTimeline(ctx, f, data, labels);
    frame.current = f;
    // The cost of each frame, for the benchmark and the browser's performance panel.
    performance.clearMeasures('timeline-paint');
    performance.measure('timeline-paint', { start: began });
    onFrame?.(f);
    clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      setSettled(f);
      settled$.current?.(from, to);
    }, SETTLE_MS);
  }, [data, layout, labels, width, first, last, today, onFrame, summary, covered]);

  // A frame already asked for paints what is newest when it comes, not what was when it was asked.
  const latest = useRef(paint);
  latest.current = paint;
  const schedule = useCallback(() => {
    if (!pending.current) pending.current = requestAnimationFrame(() => latest.current());
  }, [paint]);

  useEffect(() => {
    schedule();
  }, [schedule]);

  // The first paint at the width the box has, not at a guess repainted a frame later.
  useLayoutEffect(() => {
    if (box.current) setWidth(Math.max(300, box.current.clientWidth));
  }, []);

  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(300, node.clientWidth)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const zoom = useTimelineZoom(canvas, width, last - first, (next) => {
    transform.current = next;
    schedule();
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      '+': () => zoom.zoomBy(2),
      '=': () => zoom.zoomBy(2),
      '-': () => zoom.zoomBy(0.5),
      ArrowLeft: () => zoom.panBy(-0.25),
      ArrowRight: () => zoom.panBy(0.25),
      Home: () => zoom.fit(),
      '0': () => zoom.fit(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const hover = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    const mark = markAt(frame.current, x, y);
    const node = tip.current;
    if (!node) return;
    if (!mark) {
      node.hidden = true;
      event.currentTarget.style.cursor = '';
      return;
    }
    node.textContent = tooltipText(mark, data);
    node.style.left = `${Math.min(x + 12, width - 260)}px`;
    node.style.top = `${y + 14}px`;
    node.hidden = false;
    event.currentTarget.style.cursor = 'pointer';
  };

  const click = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const mark = markAt(frame.current, event.clientX - rect.left, event.clientY - rect.top);
    if (!mark) return;
    if (mark.items.length === 1) onOpen(mark.items[0]!.visit);
    else zoom.zoomBy(4);
  };

  return (
    <div className="timeline">
      <div className="timeline-zoom" role="group" aria-label={t('timeline.zoomGroup')}>
        <button type="button" onClick={() => zoom.zoomBy(2)}>
          {t('timeline.zoomIn')}
        </button>
        <button type="button" onClick={() => zoom.zoomBy(0.5)}>
          {t('timeline.zoomOut')}
        </button>
        <button type="button" onClick={() => zoom.panBy(-0.25)}>
          {t('timeline.earlier')}
        </button>
        <button type="button" onClick={() => zoom.panBy(0.25)}>
          {t('timeline.later')}
        </button>
        <button type="button" onClick={() => zoom.fit()}>
          {t('timeline.fit')}
        </button>
        <span className="muted timeline-keys">{t('timeline.keys')}</span>
      </div>
      <div className="timeline-canvas" ref={box}>
        <canvas
          ref={canvas}
          tabIndex={0}
          role="img"
          aria-label={description}
          aria-describedby={axisId}
          onKeyDown={onKeyDown}
          onMouseMove={hover}
          onMouseLeave={() => {
            if (tip.current) tip.current.hidden = true;
          }}
          onClick={click}
        />
        <TimelineTooltip ref={tip} />
      </div>
      <p id={axisId} className="visually-hidden" data-testid="timeline-axis">
        {settled ? settled.ticks.map((tick) => tick.label).join(', ') : ''}
      </p>
      <VisibleVisits frame={settled} data={data} labels={labels} onOpen={onOpen} />
    </div>
  );
}
