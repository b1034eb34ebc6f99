/**
 * Typing in a text filter applies what is typed after this pause: long enough to take a burst of
 * keys as one question. A running read cannot be stopped, so each key's question would hold a
 * reader thread the last one waits for.
 */
export const FILTER_APPLY_MS = 50;

/**
 * Until this long after a key in a text filter, the query may still be replaced: its count and
 * the pages either side of it wait (the grid's `postpone`).
 */
export const FILTER_PAUSE_MS = 100;

/**
 * A date not typed whole yet says what is missing after this pause; a whole and valid one is
 * applied at once. Its count waits the pause: "2023" is a whole date and also the start of
 * "2023-09", and a person types the next key within this time.
 */
export const DATE_PAUSE_MS = 400;
