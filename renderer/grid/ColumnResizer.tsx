import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '../messages.js';

export const MIN_WIDTH = 48;
export const MAX_WIDTH = 1200;
const STEP = 16;

const clamp = (px: number) => Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, px)));

/**
 * The edge of a column header that resizes the column: dragged with the mouse, or focused and
 * moved with ← and → (Shift for bigger steps). A separator with its width as its value.
 */
export function ColumnResizer({
  label,
  width,
  measure,
  onResize,
}: {
  /** The column's label. */
  label: string;
  /** The column's width in pixels as shown now. */
  width: number;
  /** The header's width as laid out, read when a drag starts. */
  measure: () => number;
  onResize: (px: number) => void;
}) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: measure() };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(clamp(drag.current.width + event.clientX - drag.current.x));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const by = event.key === 'ArrowLeft' ? -step : event.key === 'ArrowRight' ? step : 0;
    if (!by) return;
    event.preventDefault();
    event.stopPropagation();
    onResize(clamp(width + by));
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('columns.resize', { label })}
      // A table in a hidden section has no width yet: its least is the truthful value.
      aria-valuenow={clamp(width)}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      className="column-resizer"
      title={t('columns.resizeHint')}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
