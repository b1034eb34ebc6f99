import { EVENT, VISIT, type TimelineData } from '../../db/api.js';
import { exportLegend, exportLines, type ExportInfo } from './exportHeader.js';
import { swatchSvg, SWATCH_WIDTH } from './legendSwatch.js';
import type { Frame } from './timelineFrame.js';
import { COLORS, EVENT_COLORS, VISIT_COLORS } from './timelineColors.js';
import { AXIS_HEIGHT, EVENTS_HEIGHT, LABEL_WIDTH, ROW_HEIGHT, rowTop } from './timelineGeometry.js';
import { tooltipText } from './TimelineTooltip.js';
import { MEETING_MIN_DAY_PX } from './drawTimeline.js';

function esc(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`,
  );
}

const n = (v: number) => Math.round(v * 10) / 10;

/**
 * The frame on screen as an SVG document, with its title, filter and legend; each mark carries
 * its visit as a <title>, so the file stays readable outside the app.
 */
export function timelineSvg(
  frame: Frame,
  data: TimelineData,
  labels: readonly string[],
  info: ExportInfo,
): string {
  const { width } = frame;
  const legend = exportLegend(width);
  const height = frame.height + legend.height;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  const [title, filter, line] = exportLines(info);
  out.push(
    `<text x="8" y="20" font-size="15" font-weight="bold" fill="${COLORS.text}">${esc(title ?? '')}</text>`,
  );
  out.push(`<text x="8" y="38" font-size="12" fill="${COLORS.text}">${esc(filter ?? '')}</text>`);
  out.push(`<text x="8" y="54" font-size="12" fill="${COLORS.muted}">${esc(line ?? '')}</text>`);
  for (const { entry, x, y } of legend.entries) {
    out.push(swatchSvg(entry, x, y));
    out.push(
      `<text x="${x + SWATCH_WIDTH + 4}" y="${y + 9}" fill="${COLORS.text}">${esc(entry.label)}</text>`,
    );
  }
  out.push(`<g transform="translate(0 ${legend.height})">`);
  frame.boxes.forEach((box, i) => {
    out.push(
      `<rect x="0" y="${box.top}" width="${width}" height="${box.height}" fill="${i % 2 ? COLORS.laneB : COLORS.laneA}"/>`,
    );
  });
  for (const tick of frame.ticks) {
    if (tick.x < LABEL_WIDTH) continue;
    out.push(
      `<line x1="${n(tick.x)}" y1="${AXIS_HEIGHT}" x2="${n(tick.x)}" y2="${frame.height}" stroke="${COLORS.grid}"/>`,
    );
    out.push(
      `<text x="${n(tick.x + 3)}" y="${AXIS_HEIGHT / 2 + 4}" fill="${COLORS.text}">${esc(tick.label)}</text>`,
    );
  }
  const cy = AXIS_HEIGHT + EVENTS_HEIGHT / 2;
  for (const { x, event } of frame.events) {
    const e = data.events[event]!;
    const fill = e[EVENT.status] === 'held' ? EVENT_COLORS.held : '#ffffff';
    out.push(
      `<path d="M${n(x)} ${cy - 5}l5 5l-5 5l-5 -5z" fill="${fill}" stroke="${EVENT_COLORS[e[EVENT.status]]}"><title>${esc(e[EVENT.title])}</title></path>`,
    );
  }
  const dayPx = frame.x(1) - frame.x(0);
  for (const mark of frame.marks) {
    const box = frame.boxes[mark.lane];
    if (!box) continue;
    const x0 = Math.max(LABEL_WIDTH, mark.x0);
    const w = Math.max(1, mark.x1 - x0);
    if (mark.x1 < LABEL_WIDTH) continue;
    const v = mark.items.length === 1 ? data.visits[mark.items[0]!.visit] : undefined;
    const fill = v ? VISIT_COLORS[v[VISIT.status]] : COLORS.cluster;
    const approx = v?.[VISIT.approximate]
      ? ` fill-opacity="0.45" stroke="${fill}" stroke-dasharray="3 2"`
      : '';
    out.push(
      `<rect x="${n(x0)}" y="${rowTop(box, mark.row)}" width="${n(w)}" height="${ROW_HEIGHT}" fill="${fill}"${approx}><title>${esc(tooltipText(mark, data))}</title></rect>`,
    );
    if (!v || dayPx < MEETING_MIN_DAY_PX) continue;
    const y = rowTop(box, mark.row);
    for (const day of v[VISIT.meetings]) {
      const mx = frame.x(mark.items[0]!.lo + day + 0.5);
      if (mx < LABEL_WIDTH) continue;
      out.push(
        `<rect x="${n(mx - 1)}" y="${y + 3}" width="2" height="${ROW_HEIGHT - 6}" fill="${COLORS.meeting}"/>`,
      );
    }
  }
  if (frame.today !== null) {
    out.push(
      `<rect x="${n(frame.today - 1)}" y="${AXIS_HEIGHT}" width="2" height="${frame.height - AXIS_HEIGHT}" fill="${COLORS.today}"/>`,
    );
  }
  out.push(`<rect x="0" y="0" width="${LABEL_WIDTH}" height="${frame.height}" fill="#ffffff"/>`);
  frame.boxes.forEach((box, i) => {
    out.push(
      `<text x="6" y="${box.top + 6 + ROW_HEIGHT / 2 + 4}" fill="${COLORS.text}">${esc(labels[i] ?? '')}</text>`,
    );
  });
  out.push(
    `<line x1="${LABEL_WIDTH - 0.5}" y1="0" x2="${LABEL_WIDTH - 0.5}" y2="${frame.height}" stroke="${COLORS.line}"/>`,
  );
  out.push(
    `<line x1="0" y1="${AXIS_HEIGHT + 0.5}" x2="${width}" y2="${AXIS_HEIGHT + 0.5}" stroke="${COLORS.line}"/>`,
  );
  out.push('</g></svg>');
  return out.join('\n');
}
