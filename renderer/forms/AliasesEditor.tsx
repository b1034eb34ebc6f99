import { t } from '../messages.js';

/** Other spellings of a name, one per line of the list: added, edited and removed. */
export function AliasesEditor({
  id,
  label,
  value,
  onChange,
  onLeave,
  describedBy,
}: {
  id: string;
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  onLeave: () => void;
  describedBy: string | undefined;
}) {
  const set = (index: number, text: string) =>
    onChange(value.map((item, i) => (i === index ? text : item)));
  return (
    <fieldset id={id} className="aliases-editor" aria-describedby={describedBy}>
      <legend>{label}</legend>
      {value.length === 0 ? <p className="muted">{t('forms.noAliases')}</p> : null}
      <ul className="aliases">
        {value.map((alias, index) => {
          const name = t('forms.alias', { n: index + 1 });
          return (
            <li key={index}>
              <input
                aria-label={name}
                value={alias}
                // A spelling just added is the one to type.
                autoFocus={alias === '' && index === value.length - 1}
                onChange={(event) => set(index, event.target.value)}
                onBlur={onLeave}
              />
              <button
                type="button"
                aria-label={t('forms.removeAlias', { name: alias || name })}
                onClick={() => {
                  onChange(value.filter((_, i) => i !== index));
                  onLeave();
                }}
              >
                {t('forms.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onChange([...value, ''])}>
        {t('forms.addAlias')}
      </button>
    </fieldset>
  );
}
