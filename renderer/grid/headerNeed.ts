/**
 * The width a column's header needs to show its whole label beside its sort mark and filter
 * button, in pixels, measured from the header as laid out (so it follows the interface's
 * language and font); null for a header not laid out (a hidden section). Measured to the
 * fraction of a pixel: a label short by half a pixel is already drawn with an ellipsis.
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
  const width = (el: Element) => el.getBoundingClientRect().width;
  const used =
    inFlow.reduce((sum, child) => sum + width(child), 0) +
    (parseFloat(style.columnGap) || 0) * Math.max(0, inFlow.length - 1) +
    parseFloat(style.paddingLeft) +
    parseFloat(style.paddingRight);
  // Room the button has beyond its content: a wider column only adds to it.
  const free = Math.max(0, width(button) - used);
  return Math.ceil(th.getBoundingClientRect().width - free + labelShort(label));
}

/** How much narrower a label is laid out than its text: what its ellipsis hides. */
export function labelShort(label: HTMLElement): number {
  const text = document.createRange();
  text.selectNodeContents(label);
  return Math.max(0, text.getBoundingClientRect().width - label.getBoundingClientRect().width);
}
