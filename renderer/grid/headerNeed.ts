/**
 * The width a column's header needs to show its whole label beside its sort mark and filter
 * button, in pixels, measured from the header as laid out (so it follows the interface's
 * language and font); null for a header not laid out (a hidden section).
 */
export function headerNeed(th: HTMLElement): number | null {
  const label = th.querySelector<HTMLElement>('.sort-label');
  const button = th.querySelector<HTMLElement>('.sort-button');
  if (!label || !button || th.offsetWidth === 0) return null;
  const style = getComputedStyle(button);
  const inFlow = [...button.children].filter(
    (child): child is HTMLElement =>
      child instanceof HTMLElement && getComputedStyle(child).position !== 'absolute',
  );
  const used =
    inFlow.reduce((sum, child) => sum + child.offsetWidth, 0) +
    (parseFloat(style.columnGap) || 0) * Math.max(0, inFlow.length - 1) +
    parseFloat(style.paddingLeft) +
    parseFloat(style.paddingRight);
  // Room the button has beyond its content: a wider column only adds to it.
  const free = Math.max(0, button.clientWidth - used);
  return Math.ceil(th.offsetWidth - free + label.scrollWidth - label.clientWidth);
}

/**
 * A column's CSS width: the one it was given, but never narrower than its header needs; a width
 * the user set by hand is theirs, and a column without one takes the room the others leave.
 */
export function columnWidth(
  width: string | undefined,
  need: number | undefined,
  resized: boolean,
): string | undefined {
  if (!width || resized || !need) return width;
  return `max(${width}, ${need}px)`;
}
