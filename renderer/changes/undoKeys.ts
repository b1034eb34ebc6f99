export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The archive command a key press asks for: Ctrl+Z (Cmd+Z on a Mac) undoes, Ctrl+Shift+Z and
 * Ctrl+Y redo. Alt changes the meaning of keys on many layouts, so it is left alone.
 */
export function undoKeyCommand(press: KeyPress): 'undo' | 'redo' | null {
  if (press.altKey || !(press.ctrlKey || press.metaKey)) return null;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !press.shiftKey) return 'redo';
  return null;
}

const NOT_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** What `isTextField` needs of the element that has focus. */
export interface FocusTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

/**
 * True where the keys belong to the field: in a text box, Ctrl+Z takes back typing, not the
 * last saved change.
 */
export function isTextField(target: FocusTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return !NOT_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/**
 * What Ctrl/Cmd+Z does with `focused` focused, whether it came from the keyboard or from the Edit
 * menu (which on a Mac always takes the key first): in a text field the field's own undo takes
 * back typing; in a form being filled in nothing happens, since undoing a saved change under the
 * form would pull the record from under its unsaved edits; elsewhere the archive undoes.
 */
export function undoTarget(focused: FocusTarget | null | undefined): 'field' | 'none' | 'archive' {
  if (isTextField(focused)) return 'field';
  if (focused?.closest?.('form')) return 'none';
  return 'archive';
}
