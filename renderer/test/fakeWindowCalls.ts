import type { CountResult, ListResult, Query, Row } from '../../db/api.js';
import type { WindowCalls } from '../grid/windowStore.js';

/** A row not fetched yet, as the grid is given it. */
export const PENDING: Row = {};

interface Asked<T> {
  input: Query;
  signal: AbortSignal;
  answer: (value: T) => void;
  fail: (error: unknown) => void;
}

/** An archive whose answers the test gives, one question at a time. */
export function fakeArchive() {
  const lists: Asked<ListResult>[] = [];
  const counts: Asked<CountResult>[] = [];
  const ask =
    <T>(into: Asked<T>[]) =>
    (input: Query, signal: AbortSignal) =>
      new Promise<T>((answer, fail) => {
        into.push({ input, signal, answer, fail });
        signal.addEventListener('abort', () => fail(new Error('aborted')));
      });
  const calls: WindowCalls = {
    list: ask(lists),
    count: ask(counts),
    isAbort: (e) => e instanceof Error && e.message === 'aborted',
    errorMessage: (e) => `Said: ${(e as Error).message}`,
  };
  return { lists, counts, calls };
}

export const rowsFrom = (offset: number, n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ id: `m${offset + i}` }));
/** Lets the answers given so far reach their handlers. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
