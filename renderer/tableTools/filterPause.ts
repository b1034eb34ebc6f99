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
 * The search box asks the archive after this pause since the last key. A search's first page
 * reads only its newest matches (migration 8): 3–8 ms in the archive for one letter on 985,309
 * meetings, where it read every match before (0.13 s for 'c'), so every prefix a person types
 * may be asked; a key within the pause still replaces the question. Measured with the keys of a
 * word 150 ms apart (bench/gridTyping.ts): keystroke → rows painted 163–169 ms p50 at 60 ms,
 * 188–191 at 120, 350–359 at 250.
 */
export const SEARCH_PAUSE_MS = 60;

/**
 * A date not typed whole yet says what is missing after this pause; a whole and valid one is
 * applied at once. Its count waits the pause: "2023" is a whole date and also the start of
 * "2023-09", and a person types the next key within this time.
 */
export const DATE_PAUSE_MS = 400;
