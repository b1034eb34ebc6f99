/** How far Page Up and Page Down move the focus between rows. */
const PAGE_STEP = 10;

/**
 * The row a navigation key moves the focus to, as in a spreadsheet or a file list; undefined
 * for any other key. The caller clamps the result to the rows shown.
 */
export function rowKeyTarget(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return index + 1;
    case 'ArrowUp':
      return index - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return index + PAGE_STEP;
    case 'PageUp':
      return index - PAGE_STEP;
    default:
      return undefined;
  }
}
