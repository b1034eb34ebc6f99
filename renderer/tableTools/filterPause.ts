/**
 * Typing in a text filter pauses this long before the table asks the archive again: long enough
 * to take a burst of keys as one question, short beside the archive's answer. A running read
 * cannot be stopped, so each key's question would hold a reader thread the last one waits for.
 */
export const FILTER_PAUSE_MS = 100;

/**
 * A date not typed whole yet says what is missing after this pause; a whole and valid one is
 * applied at once. Its count waits the pause: "2023" is a whole date and also the start of
 * "2023-09", and a person types the next key within this time.
 */
export const DATE_PAUSE_MS = 400;
