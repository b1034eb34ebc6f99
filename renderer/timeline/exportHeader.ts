import { t } from '../messages.js';
import { legendEntries, type LegendEntry } from './legendEntries.js';
import { drawSwatch, SWATCH_WIDTH } from './legendSwatch.js';
import { COLORS } from './timelineColors.js';

/** Title, filter and period lines above the legend. */
const LINES_HEIGHT = 60;
const LEGEND_ROW = 16;

export interface ExportInfo {
  filter: string;
  laneMode: string;
  period: string;
}

export interface PlacedEntry {
  entry: LegendEntry;
  x: number;
  /** The top of the swatch. */
  y: number;
}

export function exportLines(info: ExportInfo): string[] {
  return [
    t('timeline.exportTitle'),
    info.filter,
    t('timeline.exportLine', { lanes: info.laneMode, period: info.period }),
  ];
}

/**
 * The legend entries placed in rows that fit the picture's width, with the header's height.
 * Label widths are estimated from their length, the same for the PNG and the SVG.
 */
export function exportLegend(width: number): { entries: PlacedEntry[]; height: number } {
  const entries: PlacedEntry[] = [];
  let x = 8;
  let y = LINES_HEIGHT + 2;
  for (const entry of legendEntries()) {
    const w = SWATCH_WIDTH + 4 + entry.label.length * 6 + 12;
    if (x > 8 && x + w > width - 8) {
      x = 8;
      y += LEGEND_ROW;
    }
    entries.push({ entry, x, y });
    x += w;
  }
  return { entries, height: y + LEGEND_ROW };
}

/** Title, filter in words and legend above the picture of a PNG export; answers its height. */
export function drawExportHeader(
  ctx: CanvasRenderingContext2D,
  width: number,
  info: ExportInfo,
): number {
  const { entries, height } = exportLegend(width);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const [title, filter, line] = exportLines(info);
  ctx.fillStyle = COLORS.text;
  ctx.textBaseline = 'alphabetic';
  ctx.font = 'bold 15px system-ui, sans-serif';
  ctx.fillText(title ?? '', 8, 20);
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillText(filter ?? '', 8, 38, width - 16);
  ctx.fillStyle = COLORS.muted;
  ctx.fillText(line ?? '', 8, 54, width - 16);
  ctx.font = '11px system-ui, sans-serif';
  for (const { entry, x, y } of entries) {
    drawSwatch(ctx, entry, x, y);
    ctx.fillStyle = COLORS.text;
    ctx.fillText(entry.label, x + SWATCH_WIDTH + 4, y + 9);
  }
  return height;
}
