import { describe, expect, test } from 'vitest';
import { discardWhen } from '../discardWhen.js';

function unloadEvent() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

describe('closing a window with unsaved edits', () => {
  test('keeps the window when the person keeps editing', () => {
    const event = unloadEvent();
    discardWhen(() => false)(event);
    expect(event.prevented).toBe(false);
  });

  test('lets the window close when the person discards the edits', () => {
    const event = unloadEvent();
    discardWhen(() => true)(event);
    expect(event.prevented).toBe(true);
  });
});
