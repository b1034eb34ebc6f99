import { useEffect, useRef, useState } from 'react';
import { matchCountries, type Filter, type TableName } from '../../db/api.js';
import { t, type MessageKey } from '../messages.js';
import { ChoiceFilter } from './ChoiceFilter.js';
import type { FilterKind, FilterSpec } from './columnFilters.js';
import { DateRangeFilter } from './DateRangeFilter.js';
import { countryChoices, enumChoices } from './filterChoices.js';
import { LinkFilter } from './LinkFilter.js';
import { flushPending, type PendingFilter } from './pendingFilter.js';
import { Popover } from '../components/Popover.js';
import { TextFilter } from './TextFilter.js';
import { fieldLabel } from '../grid/textColumn.js';

type Mode = 'contains' | 'equals' | 'range' | 'in' | 'empty' | 'notEmpty';

const MODES: Record<FilterKind, readonly Mode[]> = {
  text: ['contains', 'equals', 'empty', 'notEmpty'],
  date: ['range', 'empty', 'notEmpty'],
  country: ['in', 'empty', 'notEmpty'],
  enum: ['in', 'empty', 'notEmpty'],
  link: ['in', 'empty', 'notEmpty'],
  number: ['equals', 'empty', 'notEmpty'],
};

const MODE_LABEL: Record<Mode, MessageKey> = {
  contains: 'filter.op.contains',
  equals: 'filter.op.equals',
  range: 'filter.op.range',
  in: 'filter.op.in',
  empty: 'filter.op.empty',
  notEmpty: 'filter.op.notEmpty',
};

function modeOf(spec: FilterSpec, filter: Filter | undefined): Mode {
  const modes = MODES[spec.kind];
  if (!filter) return modes[0]!;
  if (filter.op === 'empty' || filter.op === 'notEmpty') return filter.op;
  if (spec.kind === 'text' && filter.op === 'equals') return 'equals';
  return modes[0]!;
}

/**
 * The filter of one column, opened from its header: a condition (the values of the field, or
 * empty, or not empty) and the controls that suit the field's kind. Every change applies at
 * once (typing, after a pause); "Clear this filter" removes it.
 */
export function FilterPopover({
  table,
  spec,
  anchor,
  filter,
  names,
  onChange,
  onClose,
  onTyping,
}: {
  table: TableName;
  spec: FilterSpec;
  anchor: HTMLElement;
  filter: Filter | undefined;
  names: ReadonlyMap<string, string>;
  onChange: (filter: Filter | null) => void;
  onClose: () => void;
  /** A key was typed in a text or date field, applied after that field's pause. */
  onTyping?: (pauseMs: number) => void;
}) {
  const label = fieldLabel(spec.column);
  const [mode, setMode] = useState<Mode>(() => modeOf(spec, filter));
  // Clearing starts the controls afresh, without the words or dates they held.
  const [round, setRound] = useState(0);
  const { field } = spec;
  const pending = useRef<PendingFilter['current']>(null);

  const choose = (next: Mode) => {
    setMode(next);
    if (next === 'empty' || next === 'notEmpty') onChange({ field, op: next });
    else if (filter?.op === 'empty' || filter?.op === 'notEmpty') onChange(null);
    else if (filter && spec.kind === 'text' && (next === 'contains' || next === 'equals')) {
      onChange({ ...filter, op: next });
    }
  };
  const clear = () => {
    pending.current = null;
    setMode(MODES[spec.kind][0]!);
    setRound((n) => n + 1);
    onChange(null);
  };

  const editor = () => {
    if (mode === 'empty' || mode === 'notEmpty') return null;
    const common = { field, filter, onChange };
    const typed = { pending, ...(onTyping ? { onTyping } : {}) };
    switch (spec.kind) {
      case 'text':
        return <TextFilter {...common} op={mode === 'equals' ? 'equals' : 'contains'} {...typed} />;
      case 'number':
        return <TextFilter {...common} op="equals" numeric {...typed} />;
      case 'date':
        return <DateRangeFilter {...common} {...typed} />;
      case 'country':
        return (
          <ChoiceFilter
            {...common}
            choices={countryChoices()}
            match={matchCountries}
            findLabel={t('filter.findCountry')}
          />
        );
      case 'enum':
        return <ChoiceFilter {...common} choices={enumChoices(spec.values ?? [])} />;
      case 'link':
        return spec.link ? (
          <LinkFilter link={spec.link} label={label} names={names} {...common} />
        ) : null;
    }
  };

  // Typed but still waiting for its pause: applied as the panel closes, however it closes
  // (Done, Escape, a click elsewhere, another column's filter opened in its place).
  useEffect(() => () => flushPending(pending), []);
  const finish = () => {
    flushPending(pending);
    onClose();
  };
  const close = () => {
    finish();
    anchor.focus();
  };
  return (
    <Popover
      anchor={anchor}
      label={t('filter.button', { label })}
      onClose={finish}
      className="filter-popover"
    >
      <h3 className="popover-heading">{t('filter.heading', { label })}</h3>
      <div className="filter-field">
        <label htmlFor={`${table}-${spec.column}-mode`}>{t('filter.condition')}</label>
        <select
          id={`${table}-${spec.column}-mode`}
          value={mode}
          onChange={(event) => choose(event.target.value as Mode)}
        >
          {MODES[spec.kind].map((m) => (
            <option key={m} value={m}>
              {t(MODE_LABEL[m])}
            </option>
          ))}
        </select>
      </div>
      <div key={`${mode}-${round}`}>{editor()}</div>
      <div className="popover-actions">
        <button type="button" onClick={clear} disabled={!filter}>
          {t('filter.clear')}
        </button>
        <button type="button" className="primary" onClick={close}>
          {t('filter.done')}
        </button>
      </div>
    </Popover>
  );
}
