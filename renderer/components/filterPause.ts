/**
 * Typing in a filter pauses this long before the table asks the archive again. None: the grid
 * abandons a replaced query's requests, and a filter's first page is quick (an index, or a scan
 * that stops at the page's last row), so a pause would only delay every answer by its length.
 */
export const FILTER_PAUSE_MS = 0;
