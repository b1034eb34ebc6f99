import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]';
const GAP = 4;
const MARGIN = 8;

/** Below the anchor, kept inside the window; above it when there is no room below. */
function place(anchor: HTMLElement, box: HTMLElement | null): { top: number; left: number } {
  const rect = anchor.getBoundingClientRect();
  const width = box?.offsetWidth ?? 0;
  const height = box?.offsetHeight ?? 0;
  const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
  const below = rect.bottom + GAP;
  const top =
    below + height > window.innerHeight - MARGIN && rect.top - GAP - height > MARGIN
      ? rect.top - GAP - height
      : below;
  return { top, left };
}

/**
 * A non-modal panel opened by a button (a column's filter, the Columns and Views menus). It takes
 * focus when it opens; Escape closes it and gives focus back to its button, as does tabbing out
 * of either end; a click elsewhere closes it. Drawn over the page, so a scrolling table does not
 * cut it off.
 */
export function Popover({
  anchor,
  label,
  onClose,
  className,
  children,
}: {
  anchor: HTMLElement;
  /** The panel's accessible name. */
  label: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState(() => place(anchor, null));

  useLayoutEffect(() => {
    // The button may move as the page changes around it (a view's name appears beside it).
    const next = place(anchor, box.current);
    if (next.top !== position.top || next.left !== position.left) setPosition(next);
  });

  useLayoutEffect(() => {
    // The field to fill in first, rather than the condition above it, when there is one.
    const first =
      box.current?.querySelector<HTMLElement>('input:not([type="checkbox"])') ??
      box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
  }, [anchor]);

  useEffect(() => {
    const follow = () => setPosition(place(anchor, box.current));
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!box.current?.contains(target) && !anchor.contains(target)) onClose();
    };
    // A control that went away with the focus (a field the condition no longer needs) leaves
    // the focus nowhere: Escape still closes the panel then.
    const lostEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || document.activeElement !== document.body) return;
      onClose();
      anchor.focus();
    };
    document.addEventListener('keydown', lostEscape);
    window.addEventListener('resize', follow);
    window.addEventListener('scroll', follow, true);
    document.addEventListener('pointerdown', outside, true);
    return () => {
      window.removeEventListener('resize', follow);
      window.removeEventListener('scroll', follow, true);
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('keydown', lostEscape);
    };
  }, [anchor, onClose]);

  const closeToAnchor = () => {
    onClose();
    anchor.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeToAnchor();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const stops = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
    if (edge === document.activeElement) {
      event.preventDefault();
      closeToAnchor();
    }
  };

  return createPortal(
    <div
      ref={box}
      role="dialog"
      aria-label={label}
      className={`popover${className ? ` ${className}` : ''}`}
      style={{ top: position.top, left: position.left }}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>,
    document.body,
  );
}
