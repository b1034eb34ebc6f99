import { useEffect, useState, type KeyboardEvent } from 'react';
import { useCombobox, type UseComboboxStateChangeOptions } from 'downshift';
import type { Row, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import '../styles/picker.css';
import { recordHint, recordName } from './recordNames.js';
import { usePickerOptions, type PickerOption } from './usePickerOptions.js';

export interface RecordPickerProps {
  /** The table whose records are offered (people, organisations, visits, events…). */
  table: TableName;
  /** The field's visible label, and the combobox's accessible name. */
  label: string;
  /**
   * Called with the record picked: a row holding `id`, the name field (NAME_FIELD in
   * recordNames.ts: `name` or `title`) and the hint fields.
   */
  onPick: (row: Row) => void;
  /**
   * Picking several: after each pick the field empties and the list stays open for the next.
   * The caller shows the picks and passes their ids as `exclude`.
   */
  multiple?: boolean;
  /** Records not to offer, by id (those already picked). */
  exclude?: readonly string[];
  /**
   * When given, the list ends with "Create “<text>”…" while something is typed; choosing it
   * calls this with the typed text (trimmed). The caller creates the record.
   */
  onCreate?: (text: string) => void;
  /** Single mode: the name of the record chosen now, shown while the field is not edited. */
  value?: string;
  placeholder?: string;
  /** The label is read by screen readers only (where a heading already says what to pick). */
  hideLabel?: boolean;
  autoFocus?: boolean;
}

type Item = { kind: 'record'; option: PickerOption } | { kind: 'create'; text: string };

function itemKey(item: Item | null): string {
  if (!item) return '';
  return item.kind === 'create' ? `create:${item.text}` : String(item.option.row.id);
}

/**
 * A type-ahead field that finds one record of a table by its name or another spelling, showing
 * a hint beside each name so that namesakes can be told apart. An ARIA combobox (downshift):
 * ArrowDown opens the list, Enter picks, Escape closes the list, then empties the field.
 */
export function RecordPicker({
  table,
  label,
  onPick,
  multiple = false,
  exclude,
  onCreate,
  value,
  placeholder,
  hideLabel = false,
  autoFocus = false,
}: RecordPickerProps) {
  // Downshift's reducer alone owns the field's text and whether its list is open: every key,
  // click, focus and pick goes through it in the order it happened. `typed` follows its text
  // once drawn, for the question to the archive and the "Create" line only.
  const [typed, setTyped] = useState(value ?? '');
  const [listed, setListed] = useState(false);
  const query = !multiple && typed === (value ?? '') ? '' : typed;
  const found = usePickerOptions(table, query, listed);
  const skip = new Set(exclude ?? []);
  const items: Item[] = found.options
    .filter((o) => !skip.has(String(o.row.id)))
    .map((option) => ({ kind: 'record', option }));
  const createText = typed.trim();
  if (onCreate && createText && query) items.push({ kind: 'create', text: createText });
  // An empty field, or one of several picks, lists what can be picked as soon as it is entered.
  const opensOnEntry = multiple || !value;

  const combobox = useCombobox<Item>({
    items,
    itemToString: (item) => (item?.kind === 'record' ? recordName(table, item.option.row) : ''),
    itemToKey: itemKey,
    // Its last pick stays downshift's own: a choice held at "none" from outside would have it
    // write the empty choice's text over a pick at its next step (a key, the mouse leaving).
    initialInputValue: value ?? '',
    onIsOpenChange: ({ isOpen }) => setListed(Boolean(isOpen)),
    onInputValueChange: ({ inputValue }) => setTyped(inputValue ?? ''),
    stateReducer: (state, { type, changes }: UseComboboxStateChangeOptions<Item>) => {
      const types = useCombobox.stateChangeTypes;
      // Leaving the field never picks for the user, and never creates a record; a single
      // field shows its chosen name again.
      if (type === types.InputBlur) {
        return {
          ...changes,
          selectedItem: null,
          ...(multiple ? {} : { inputValue: value ?? '' }),
        };
      }
      // A click in a field that lists on entry places the caret; it never closes that list.
      if (type === types.InputClick && opensOnEntry) return { ...changes, isOpen: true };
      // A pick is a new choice: the last one stays downshift's own through the steps after it.
      const picked = changes.selectedItem !== state.selectedItem ? changes.selectedItem : null;
      if (picked) {
        const shown = picked.kind === 'create' ? picked.text : recordName(table, picked.option.row);
        return multiple
          ? { ...changes, isOpen: true, inputValue: '' }
          : { ...changes, inputValue: shown };
      }
      return changes;
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (!selectedItem) return;
      if (selectedItem.kind === 'create') onCreate?.(selectedItem.text);
      else onPick(selectedItem.option.row);
    },
  });
  const { isOpen, inputValue, openMenu, setInputValue } = combobox;

  // A single field follows the choice made elsewhere (a pick, a reset of the form).
  useEffect(() => {
    setInputValue(value ?? '');
  }, [value, setInputValue]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Escape closes the list first; only a closed list lets it reach a popover around the field.
    if (event.key === 'Escape' && isOpen) event.stopPropagation();
  };
  const message = !isOpen
    ? null
    : found.error
      ? found.error
      : found.loading && items.length === 0
        ? t('picker.searching')
        : items.length === 0
          ? t('picker.noMatch')
          : null;

  return (
    <div className="record-picker">
      <label {...combobox.getLabelProps()} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        {...combobox.getInputProps({
          onKeyDown,
          // An empty field lists what can be picked; one holding a choice waits for typing or
          // the Down arrow, so that a form opening on it does not cover itself with a list.
          onFocus: () => {
            if (opensOnEntry && !isOpen) openMenu();
          },
          onBlur: () => {
            if (!multiple && inputValue !== (value ?? '')) setInputValue(value ?? '');
          },
        })}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? t('picker.placeholder')}
        autoFocus={autoFocus}
      />
      <ul
        {...combobox.getMenuProps()}
        className="picker-menu"
        hidden={!isOpen || items.length === 0}
      >
        {isOpen
          ? items.map((item, index) => (
              <li
                key={itemKey(item)}
                {...combobox.getItemProps({ item, index })}
                className={index === combobox.highlightedIndex ? 'is-highlighted' : undefined}
              >
                {item.kind === 'create' ? (
                  <span className="picker-create">{t('picker.create', { text: item.text })}</span>
                ) : (
                  <>
                    <span className="picker-name">{recordName(table, item.option.row)}</span>
                    <span className="picker-hint">{recordHint(table, item.option.row)}</span>
                  </>
                )}
              </li>
            ))
          : null}
      </ul>
      {message ? (
        <p className="picker-message" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
