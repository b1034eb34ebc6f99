import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useMemo, useRef } from 'react';
import { LABEL_WIDTH } from './timelineGeometry.js';

export interface ZoomControls {
  /** Multiplies the zoom, about the middle of the view. */
  zoomBy(factor: number): void;
  /** Moves the view by a share of its width: -0.25 is a quarter to the past. */
  panBy(share: number): void;
  /** Shows every result. */
  fit(): void;
}

/**
 * d3-zoom on the canvas, horizontal only: wheel and pinch zoom about the pointer, drag pans. The
 * transform is kept in a ref and reported to `onChange`, which paints; React does not re-render
 * for each frame of a gesture.
 */
export function useTimelineZoom(
  canvas: React.RefObject<HTMLCanvasElement | null>,
  width: number,
  span: number,
  onChange: (t: ZoomTransform) => void,
): ZoomControls {
  const behaviour = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const node = canvas.current;
    if (!node) return;
    // Closest zoom: about a week across the view, whatever the period of the results.
    const most = Math.max(1, span / 7);
    const z = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.5, most])
      .on('zoom', (event: { transform: ZoomTransform }) => changed.current(event.transform));
    behaviour.current = z;
    select(node).call(z).on('dblclick.zoom', null);
    changed.current(zoomIdentity);
    return () => {
      select(node).on('.zoom', null);
    };
  }, [canvas, span]);

  return useMemo(() => {
    const on = (
      fn: (z: ZoomBehavior<HTMLCanvasElement, unknown>, node: HTMLCanvasElement) => void,
    ) => {
      const node = canvas.current;
      if (behaviour.current && node) fn(behaviour.current, node);
    };
    const middle = (LABEL_WIDTH + width) / 2;
    return {
      zoomBy: (factor) => on((z, node) => z.scaleBy(select(node), factor, [middle, 0])),
      panBy: (share) =>
        on((z, node) =>
          z.translateBy(select(node), (-share * (width - LABEL_WIDTH)) / zoomTransform(node).k, 0),
        ),
      fit: () => on((z, node) => z.transform(select(node), zoomIdentity)),
    } satisfies ZoomControls;
  }, [canvas, width]);
}
