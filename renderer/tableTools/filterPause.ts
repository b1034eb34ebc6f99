/**
 * Typing in a text filter pauses this long before the table asks the archive again: long enough
 * to take a burst of keys as one question, short beside the archive's answer. A running read
 * cannot be stopped, so each key's question would hold a reader thread the last one waits for.
 */
export const FILTER_PAUSE_MS = 100;
