import type { LegendEntry } from './legendEntries.js';

/** A swatch is drawn in a box this wide and tall, its label after it. */
export const SWATCH_WIDTH = 14;
export const SWATCH_HEIGHT = 10;

/**
 * A legend entry's swatch as SVG markup at (x, y), its top left: the same shapes the picture
 * draws, so that a reader can match them.
 */
export function swatchSvg(entry: LegendEntry, x: number, y: number): string {
  const { fill, stroke } = entry;
  const cx = x + SWATCH_WIDTH / 2;
  const cy = y + SWATCH_HEIGHT / 2;
  switch (entry.shape) {
    case 'bar':
      return `<rect x="${x}" y="${y + 1}" width="${SWATCH_WIDTH}" height="8" fill="${fill}"/>`;
    case 'dashed':
      return `<rect x="${x + 0.5}" y="${y + 1.5}" width="${SWATCH_WIDTH - 1}" height="7" fill="${fill}" stroke="${stroke}" stroke-dasharray="3 2"/>`;
    case 'meeting':
      return `<rect x="${x}" y="${y + 1}" width="${SWATCH_WIDTH}" height="8" fill="${fill}"/><rect x="${cx - 1}" y="${y + 2}" width="2" height="6" fill="${stroke}"/>`;
    case 'diamond':
      return `<path d="M${cx} ${cy - 5}l5 5l-5 5l-5 -5z" fill="${fill}" stroke="${stroke}"/>`;
    case 'line':
      return `<rect x="${cx - 1}" y="${y - 1}" width="2" height="${SWATCH_HEIGHT + 2}" fill="${fill}"/>`;
  }
}

/** The same swatch on a canvas. */
export function drawSwatch(
  ctx: CanvasRenderingContext2D,
  entry: LegendEntry,
  x: number,
  y: number,
): void {
  const { fill, stroke } = entry;
  const cx = x + SWATCH_WIDTH / 2;
  const cy = y + SWATCH_HEIGHT / 2;
  ctx.fillStyle = fill;
  ctx.strokeStyle = stroke;
  ctx.lineWidth = 1;
  switch (entry.shape) {
    case 'bar':
      ctx.fillRect(x, y + 1, SWATCH_WIDTH, 8);
      return;
    case 'dashed':
      ctx.fillRect(x, y + 1, SWATCH_WIDTH, 8);
      ctx.setLineDash([3, 2]);
      ctx.strokeRect(x + 0.5, y + 1.5, SWATCH_WIDTH - 1, 7);
      ctx.setLineDash([]);
      return;
    case 'meeting':
      ctx.fillRect(x, y + 1, SWATCH_WIDTH, 8);
      ctx.fillStyle = stroke;
      ctx.fillRect(cx - 1, y + 2, 2, 6);
      return;
    case 'diamond':
      ctx.beginPath();
      ctx.moveTo(cx, cy - 5);
      ctx.lineTo(cx + 5, cy);
      ctx.lineTo(cx, cy + 5);
      ctx.lineTo(cx - 5, cy);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      return;
    case 'line':
      ctx.fillRect(cx - 1, y - 1, 2, SWATCH_HEIGHT + 2);
      return;
  }
}
