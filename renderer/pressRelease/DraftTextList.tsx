import { t, type MessageKey } from '../messages.js';
import { DraftField } from './DraftField.js';
import { withItem, withoutItem, type DraftPath } from './draftEdit.js';
import type { DraftEditing } from './DraftEditing.js';

/** A list of short texts (a meeting's topics or outcomes): each editable, added and removed. */
export function DraftTextList({
  editing,
  path,
  items,
  legend,
  itemLabel,
  addLabel,
  removeLabel,
  long = false,
}: {
  editing: DraftEditing;
  path: DraftPath;
  items: readonly string[];
  legend: MessageKey;
  itemLabel: MessageKey;
  addLabel: MessageKey;
  removeLabel: MessageKey;
  long?: boolean;
}) {
  return (
    <fieldset className="draft-list">
      <legend>{t(legend)}</legend>
      {items.map((_, k) => (
        <div key={k} className="draft-row">
          <DraftField
            editing={editing}
            path={[...path, k]}
            label={t(itemLabel, { n: k + 1 })}
            kind={long ? 'long' : 'text'}
            required
          />
          <button
            type="button"
            className="draft-remove"
            onClick={() => editing.change((d) => withoutItem(d, path, k))}
          >
            {t(removeLabel, { n: k + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => editing.change((d) => withItem(d, path, ''))}>
        {t(addLabel)}
      </button>
    </fieldset>
  );
}
