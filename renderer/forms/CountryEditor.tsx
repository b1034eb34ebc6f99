import { useEffect, useState } from 'react';
import { useCombobox } from 'downshift';
import { countryName } from '../countryName.js';
import { t } from '../messages.js';
import { countryCode, matchCountries, type CountryOption } from './countryOptions.js';

/**
 * A country typed by its name and stored as its ISO code. Text that names no country is kept as
 * typed, so that the archive's sentence about it is shown rather than the text silently lost.
 */
export function CountryEditor({
  id,
  labelId,
  value,
  onChange,
  onLeave,
  invalid,
  describedBy,
}: {
  id: string;
  labelId: string;
  value: string;
  onChange: (code: string) => void;
  onLeave: () => void;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  // Downshift's reducer alone owns the field's text, so each key lands on what the field holds
  // then; `text` follows it once drawn, for the list of countries only.
  const [text, setText] = useState(countryName(value));
  const items = matchCountries(text === countryName(value) ? '' : text);
  const combobox = useCombobox<CountryOption>({
    items,
    inputId: id,
    labelId,
    initialInputValue: countryName(value),
    itemToString: (item) => item?.name ?? '',
    itemToKey: (item) => item?.code ?? '',
    // Its last pick stays downshift's own: a choice held at "none" from outside would have it
    // write the empty choice's text over a pick at its next step (a key, the mouse leaving).
    onInputValueChange: ({ inputValue }) => setText(inputValue ?? ''),
    stateReducer: (_state, { type, changes }) =>
      type === useCombobox.stateChangeTypes.InputBlur
        ? { ...changes, selectedItem: null }
        : changes,
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onChange(selectedItem.code);
    },
  });
  const { inputValue, setInputValue } = combobox;
  // The field follows a country set elsewhere (a pick, a form made afresh).
  useEffect(() => {
    setInputValue(countryName(value));
  }, [value, setInputValue]);
  return (
    <div className="country-editor">
      <input
        {...combobox.getInputProps({
          onBlur: () => {
            const typed = inputValue.trim();
            const code = typed === '' ? '' : (countryCode(typed) ?? typed);
            if (code !== value) onChange(code);
            onLeave();
          },
          onKeyDown: (event) => {
            if (event.key === 'Escape' && combobox.isOpen) event.stopPropagation();
          },
        })}
        placeholder={t('forms.countryPlaceholder')}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <ul
        {...combobox.getMenuProps()}
        className="picker-menu"
        hidden={!combobox.isOpen || items.length === 0}
      >
        {combobox.isOpen
          ? items.map((item, index) => (
              <li
                key={item.code}
                {...combobox.getItemProps({ item, index })}
                className={index === combobox.highlightedIndex ? 'is-highlighted' : undefined}
              >
                <span className="picker-name">{item.name}</span>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
