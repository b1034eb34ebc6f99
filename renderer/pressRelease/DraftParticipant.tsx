import { t } from '../messages.js';
import { DraftField } from './DraftField.js';
import { PersonChoice } from './PersonChoice.js';
import { withMoved, withoutItem } from './draftEdit.js';
import type { DraftEditing } from './DraftEditing.js';

/** One person met: name, title, organisation, department and country, moved or removed. */
export function DraftParticipant({
  editing,
  meeting,
  index,
  count,
}: {
  editing: DraftEditing;
  meeting: number;
  index: number;
  count: number;
}) {
  const list = ['meetings', meeting, 'participants'] as const;
  const at = [...list, index] as const;
  const person = editing.draft.meetings[meeting]?.participants[index];
  if (!person) return null;
  const name = person.name.trim() || t('pressRelease.newParticipant');
  return (
    <div className="draft-participant" role="group" aria-label={name}>
      <DraftField
        editing={editing}
        path={[...at, 'name']}
        label={t('pressRelease.name')}
        required
      />
      <DraftField editing={editing} path={[...at, 'title']} label={t('pressRelease.title')} />
      <DraftField
        editing={editing}
        path={[...at, 'organisation']}
        label={t('pressRelease.organisation')}
      />
      <DraftField
        editing={editing}
        path={[...at, 'department']}
        label={t('pressRelease.department')}
      />
      <DraftField
        editing={editing}
        path={[...at, 'country']}
        label={t('pressRelease.country')}
        kind="country"
      />
      <PersonChoice editing={editing} at={at} />
      {person.person_id && !person.new_person ? (
        <p className="muted">{t('pressRelease.linked')}</p>
      ) : null}
      <div className="draft-row-actions">
        <button
          type="button"
          aria-label={t('pressRelease.moveUp', { name })}
          disabled={index === 0}
          onClick={() => editing.change((d) => withMoved(d, list, index, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('pressRelease.moveDown', { name })}
          disabled={index === count - 1}
          onClick={() => editing.change((d) => withMoved(d, list, index, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="draft-remove"
          onClick={() => editing.change((d) => withoutItem(d, list, index))}
        >
          {t('pressRelease.removeParticipant', { name })}
        </button>
      </div>
    </div>
  );
}
