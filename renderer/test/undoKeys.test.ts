import { describe, expect, test } from 'vitest';
import { isTextField, undoKeyCommand, undoTarget } from '../changes/undoKeys.js';

const press = (key: string, mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('undoKeyCommand', () => {
  test('Ctrl+Z and Cmd+Z undo; with Shift, or Ctrl+Y, they redo', () => {
    expect(undoKeyCommand(press('z', { ctrl: true }))).toBe('undo');
    expect(undoKeyCommand(press('z', { meta: true }))).toBe('undo');
    // Shift turns the key into a capital on most layouts.
    expect(undoKeyCommand(press('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoKeyCommand(press('Z', { meta: true, shift: true }))).toBe('redo');
    expect(undoKeyCommand(press('y', { ctrl: true }))).toBe('redo');
  });

  test('leaves plain letters, Alt combinations and other shortcuts alone', () => {
    expect(undoKeyCommand(press('z', {}))).toBeNull();
    expect(undoKeyCommand(press('z', { shift: true }))).toBeNull();
    expect(undoKeyCommand(press('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoKeyCommand(press('c', { ctrl: true }))).toBeNull();
    expect(undoKeyCommand(press('y', { ctrl: true, shift: true }))).toBeNull();
  });
});

describe('isTextField', () => {
  test('text boxes, text areas and editable content keep their own undo', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'date' })).toBe(true);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  test('buttons, boxes to tick, rows and the page itself leave undo to the archive', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTextField({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextField({ tagName: 'TR' })).toBe(false);
    expect(isTextField({ tagName: 'SELECT' })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe('undoTarget, the one rule of the keyboard and the Edit menu', () => {
  const inForm = (tagName: string, type?: string) => ({
    tagName,
    ...(type ? { type } : {}),
    closest: (selector: string) => (selector === 'form' ? { tagName: 'FORM' } : null),
  });
  const outside = (tagName: string) => ({ tagName, closest: () => null });

  test('a text field undoes its own typing, in a form or not', () => {
    expect(undoTarget(inForm('INPUT', 'text'))).toBe('field');
    expect(undoTarget(outside('TEXTAREA'))).toBe('field');
  });

  test('anything else in a form being filled in undoes nothing of the archive', () => {
    // A Mac's menu takes Cmd+Z even from a form's list box or button.
    expect(undoTarget(inForm('SELECT'))).toBe('none');
    expect(undoTarget(inForm('BUTTON'))).toBe('none');
    expect(undoTarget(inForm('INPUT', 'checkbox'))).toBe('none');
  });

  test('outside forms, the archive undoes its last change', () => {
    expect(undoTarget(outside('TR'))).toBe('archive');
    expect(undoTarget(outside('BODY'))).toBe('archive');
    expect(undoTarget(null)).toBe('archive');
  });
});
