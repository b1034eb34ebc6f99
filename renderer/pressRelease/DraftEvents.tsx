import { t } from '../messages.js';
import { DraftField } from './DraftField.js';
import { emptyEvent, withItem, withoutItem } from './draftEdit.js';
import type { DraftEditing } from './DraftEditing.js';

/** The events the release announces: title, date and place, added and removed. */
export function DraftEvents({ editing }: { editing: DraftEditing }) {
  return (
    <section aria-label={t('pressRelease.events')}>
      <h3>{t('pressRelease.events')}</h3>
      {editing.draft.events.map((_, i) => (
        <fieldset key={i} className="draft-event">
          <legend>{t('pressRelease.event', { n: i + 1 })}</legend>
          <div className="draft-columns">
            <DraftField
              editing={editing}
              path={['events', i, 'title']}
              label={t('pressRelease.eventTitle')}
              required
            />
            <DraftField
              editing={editing}
              path={['events', i, 'date']}
              label={t('pressRelease.date')}
              kind="date"
            />
            <DraftField
              editing={editing}
              path={['events', i, 'place']}
              label={t('pressRelease.eventPlace')}
            />
          </div>
          <button
            type="button"
            className="draft-remove"
            onClick={() => editing.change((d) => withoutItem(d, ['events'], i))}
          >
            {t('pressRelease.removeEvent', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => editing.change((d) => withItem(d, ['events'], emptyEvent()))}
      >
        {t('pressRelease.addEvent')}
      </button>
    </section>
  );
}
