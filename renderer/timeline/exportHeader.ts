import { t } from '../messages.js';
import { legendEntries } from './legendEntries.js';
import { COLORS } from './timelineColors.js';

export const HEADER_HEIGHT = 76;

export interface ExportInfo {
  filter: string;
  laneMode: string;
  period: string;
}

export function exportLines(info: ExportInfo): string[] {
  return [
    t('timeline.exportTitle'),
    info.filter,
    t('timeline.exportLine', { lanes: info.laneMode, period: info.period }),
  ];
}

/** Title, filter in words and legend above the picture of a PNG export. */
export function drawExportHeader(
  ctx: CanvasRenderingContext2D,
  width: number,
  info: ExportInfo,
): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, HEADER_HEIGHT);
  const [title, filter, line] = exportLines(info);
  ctx.fillStyle = COLORS.text;
  ctx.textBaseline = 'alphabetic';
  ctx.font = 'bold 15px system-ui, sans-serif';
  ctx.fillText(title ?? '', 8, 20);
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillText(filter ?? '', 8, 38, width - 16);
  ctx.fillStyle = COLORS.muted;
  ctx.fillText(line ?? '', 8, 54, width - 16);
  let x = 8;
  ctx.font = '11px system-ui, sans-serif';
  for (const entry of legendEntries()) {
    ctx.fillStyle = entry.fill;
    ctx.strokeStyle = entry.stroke;
    ctx.fillRect(x, 62, 14, 8);
    ctx.strokeRect(x + 0.5, 62.5, 13, 7);
    ctx.fillStyle = COLORS.text;
    ctx.fillText(entry.label, x + 18, 70);
    x += 24 + ctx.measureText(entry.label).width;
  }
}
