import { describe, expect, test } from 'vitest';
import { confirmDiscard, hasUnsavedChanges, registerUnsavedForm } from '../unsavedChanges.js';

function form(dirty: boolean) {
  const state = { dirty, discarded: false };
  const unregister = registerUnsavedForm({
    isDirty: () => state.dirty,
    discard: () => {
      state.discarded = true;
      state.dirty = false;
    },
  });
  return { state, unregister };
}

describe('unsaved changes', () => {
  test('nothing to lose: no question is asked', () => {
    const clean = form(false);
    let asked = false;
    expect(hasUnsavedChanges()).toBe(false);
    expect(confirmDiscard(() => (asked = true))).toBe(true);
    expect(asked).toBe(false);
    clean.unregister();
  });

  test('a refusal keeps the edits', () => {
    const edited = form(true);
    expect(hasUnsavedChanges()).toBe(true);
    expect(confirmDiscard(() => false)).toBe(false);
    expect(edited.state.discarded).toBe(false);
    edited.unregister();
  });

  test('agreeing drops the edits of every form that had some', () => {
    const edited = form(true);
    const clean = form(false);
    expect(confirmDiscard(() => true)).toBe(true);
    expect(edited.state.discarded).toBe(true);
    expect(clean.state.discarded).toBe(false);
    expect(hasUnsavedChanges()).toBe(false);
    edited.unregister();
    clean.unregister();
  });

  test('a closed form no longer counts', () => {
    const edited = form(true);
    edited.unregister();
    expect(hasUnsavedChanges()).toBe(false);
  });
});
