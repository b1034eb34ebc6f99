/** Typing in a filter pauses this long before the table asks the archive again. */
export const FILTER_PAUSE_MS = 200;
