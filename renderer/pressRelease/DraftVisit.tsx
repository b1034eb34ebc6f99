import { t } from '../messages.js';
import { DraftField } from './DraftField.js';
import { PersonChoice } from './PersonChoice.js';
import { withItem, withoutItem } from './draftEdit.js';
import type { DraftEditing } from './DraftEditing.js';

/** The visit of the draft: its title, the traveller, the places it went to and its dates. */
export function DraftVisit({ editing }: { editing: DraftEditing }) {
  const { places, traveller } = editing.draft.visit;
  return (
    <fieldset>
      <legend>{t('pressRelease.visit')}</legend>
      <DraftField
        editing={editing}
        path={['visit', 'title']}
        label={t('pressRelease.visitTitle')}
        required
      />
      <div className="draft-columns">
        <DraftField
          editing={editing}
          path={['visit', 'traveller', 'name']}
          label={t('pressRelease.travellerName')}
          required
        />
        <DraftField
          editing={editing}
          path={['visit', 'traveller', 'title']}
          label={t('pressRelease.travellerTitle')}
        />
      </div>
      {traveller ? (
        <div className="draft-traveller" role="group" aria-label={t('pressRelease.traveller')}>
          <PersonChoice editing={editing} at={['visit', 'traveller']} />
          {traveller.person_id && !traveller.new_person ? (
            <p className="muted">{t('pressRelease.linked')}</p>
          ) : null}
        </div>
      ) : null}
      {places.map((_, i) => (
        <div
          key={i}
          className="draft-row"
          role="group"
          aria-label={t('pressRelease.place', { n: i + 1 })}
        >
          <DraftField
            editing={editing}
            path={['visit', 'places', i, 'city']}
            label={t('pressRelease.city')}
          />
          <DraftField
            editing={editing}
            path={['visit', 'places', i, 'country']}
            label={t('pressRelease.country')}
            kind="country"
            required
          />
          <button
            type="button"
            className="draft-remove"
            onClick={() => editing.change((d) => withoutItem(d, ['visit', 'places'], i))}
          >
            {t('pressRelease.removePlace', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          editing.change((d) => withItem(d, ['visit', 'places'], { city: null, country: '' }))
        }
      >
        {t('pressRelease.addPlace')}
      </button>
      <div className="draft-columns">
        <DraftField
          editing={editing}
          path={['visit', 'start_date']}
          label={t('pressRelease.startDate')}
          kind="date"
        />
        <DraftField
          editing={editing}
          path={['visit', 'end_date']}
          label={t('pressRelease.endDate')}
          kind="date"
        />
      </div>
      <label className="draft-check">
        <input
          type="checkbox"
          checked={!!editing.draft.visit.date_unknown}
          onChange={(e) => editing.set(['visit', 'date_unknown'], e.target.checked || undefined)}
        />
        {t('pressRelease.dateUnknown')}
      </label>
    </fieldset>
  );
}
