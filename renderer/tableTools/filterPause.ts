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
 * The search box asks the archive after this pause since the last key: none. A search's first
 * page reads only its newest matches (migration 8), a few milliseconds for most prefixes on
 * 985,309 meetings, and a question a later key replaces is dropped (queued) or left to end, so
 * every prefix a person types is asked at once, in the key's own input event (a paste is one). Measured with the keys of a word 150 and 80 ms apart (bench/gridTyping.ts), keystroke
 * → rows painted p50: 54–71 ms with no pause against 117–127 ms at 60 ms, p95 lower in three runs
 * of four.
 */
export const SEARCH_PAUSE_MS = 0;

/**
 * A date not typed whole yet says what is missing after this pause; a whole and valid one is
 * applied at once. Its count waits the pause: "2023" is a whole date and also the start of
 * "2023-09", and a person types the next key within this time.
 */
export const DATE_PAUSE_MS = 400;
