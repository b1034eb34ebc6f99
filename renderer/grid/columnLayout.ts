import type { ColumnLook } from './recordTableFeatures.js';

export interface ColumnRoom {
  id: string;
  look: ColumnLook | undefined;
  /** The width its header needs to show its label whole, in pixels, once measured. */
  need: number | undefined;
}

/** A column with no look of its own reads in this much, in rem. */
const DEFAULT_CONTENT_REM = 8;

/**
 * Each column's width in pixels, in a table `available` pixels wide. A column the user resized
 * keeps the width they gave it. Every other column first gets what its content and its header
 * need, the larger of the two, so that no header is cut in any language; the room left goes to
 * the columns of running text (`grow`), by their shares, so that titles take what dates,
 * countries and counts do not need. When the room is short, text columns give up what they have
 * beyond their header's need before the table grows wider than its view. A table not measured
 * yet (`available` 0) gets what its columns need.
 */
export function columnWidths(
  columns: readonly ColumnRoom[],
  available: number,
  remPx: number,
): Record<string, number> {
  const base = columns.map(({ look, need }) => {
    if (look?.resized) return look.resized;
    const content = Math.ceil((look?.content ?? DEFAULT_CONTENT_REM) * remPx);
    return Math.max(content, need ?? 0);
  });
  const grows = columns.map(({ look }) => (look?.resized ? 0 : (look?.grow ?? 0)));
  const shares = grows.reduce((sum, grow) => sum + grow, 0);
  const left = available - base.reduce((sum, px) => sum + px, 0);
  const widths = base.slice();
  if (left > 0 && shares > 0) {
    grows.forEach((grow, i) => {
      widths[i]! += Math.floor((left * grow) / shares);
    });
  } else if (left < 0 && available > 0) {
    // What each text column may give up: its content's least width beyond its header's need.
    const slack = columns.map(({ need }, i) => (grows[i]! > 0 ? base[i]! - (need ?? 0) : 0));
    const total = slack.reduce((sum, px) => sum + px, 0);
    const give = Math.min(total, -left);
    if (give > 0) {
      slack.forEach((px, i) => {
        widths[i]! -= Math.ceil((give * px) / total);
      });
    }
  }
  return Object.fromEntries(columns.map(({ id }, i) => [id, widths[i]!]));
}
