import { useId, useMemo, useState } from 'react';
import type { Filter } from '../../db/api.js';
import { t } from '../messages.js';

export interface Choice {
  value: string;
  label: string;
}

/** Case and accents do not matter when narrowing the list: "cote" finds Côte d’Ivoire. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(choice: Choice, typed: string): boolean {
  if (!typed) return true;
  if (choice.value.toLowerCase() === typed) return true;
  return folded(choice.label)
    .split(/[\s,()'’-]+/)
    .some((word) => word.startsWith(typed));
}

/**
 * Checkboxes, one per value, keeping records with any of the values checked (`in`). A long
 * list (countries) gets a field that narrows it; the checked values stay on top.
 */
export function ChoiceFilter({
  field,
  choices,
  findLabel,
  match,
  filter,
  onChange,
}: {
  field: string;
  choices: readonly Choice[];
  /** The label of the field that narrows a long list; no field when left out. */
  findLabel?: string;
  /** The values a typed text points to, best first; by default a word of a label or the value. */
  match?: (typed: string) => readonly string[];
  filter: Filter | undefined;
  onChange: (filter: Filter | null) => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const chosen = useMemo(() => {
    if (filter?.op !== 'in' || !Array.isArray(filter.value)) return [];
    return filter.value.map(String);
  }, [filter]);
  const shown = useMemo(() => {
    const picked = choices.filter((c) => chosen.includes(c.value));
    const rest = choices.filter((c) => !chosen.includes(c.value));
    if (match && typed.trim() !== '') {
      const byValue = new Map(rest.map((c) => [c.value, c]));
      const found = match(typed).flatMap((value) => byValue.get(value) ?? []);
      return [...picked, ...found];
    }
    const find = folded(typed.trim());
    return [...picked, ...rest.filter((c) => matches(c, find))];
  }, [choices, chosen, typed, match]);

  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    onChange(next.length > 0 ? { field, op: 'in', value: next } : null);
  };
  return (
    <div className="filter-choices">
      {findLabel ? (
        <div className="filter-field">
          <label htmlFor={`${id}-find`}>{findLabel}</label>
          <input
            id={`${id}-find`}
            type="search"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
      ) : null}
      <fieldset className={findLabel ? 'choice-list is-long' : 'choice-list'}>
        <legend className="visually-hidden">{t('filter.values')}</legend>
        {shown.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.target.checked)}
            />
            {choice.label}
          </label>
        ))}
        {shown.length === 0 ? <p className="filter-hint">{t('filter.noChoice')}</p> : null}
      </fieldset>
    </div>
  );
}
