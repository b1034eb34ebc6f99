import { useId } from 'react';
import type { PressReleaseDraft } from '../../db/api.js';
import { RecordPicker } from '../records/RecordPicker.js';
import { t, type MessageKey } from '../messages.js';
import type { DraftEditing } from './DraftEditing.js';
import { valueAt, withValue, type DraftPath } from './draftEdit.js';

type Participant = PressReleaseDraft['meetings'][number]['participants'][number];
type Match = NonNullable<Participant['person_match']>;
/** A counterpart or the traveller: a name the archive may already hold. */
type Named = Pick<
  Participant,
  'name' | 'person_id' | 'person_match' | 'person_choices' | 'new_person'
>;

const NEW = '';

function why(match: Match): string {
  return t(`pressRelease.why.${match.reason}` as MessageKey, { alias: match.alias ?? '' });
}

/**
 * Which of the archive's people a name (a person met, or the traveller at `at`) stands for,
 * and why the draft chose them; the reviewer may choose another the name may stand for, or a
 * new person.
 */
export function PersonChoice({ editing, at }: { editing: DraftEditing; at: DraftPath }) {
  const id = useId();
  const person = valueAt(editing.draft, at) as Named | null | undefined;
  if (!person) return null;
  const choices = [
    ...(person.person_match ? [person.person_match] : []),
    ...(person.person_choices ?? []).filter((c) => c.id !== person.person_match?.id),
  ];
  const chosen = person.new_person ? undefined : choices.find((c) => c.id === person.person_id);
  const choose = (personId: string) =>
    editing.change((draft) => {
      const match = choices.find((c) => c.id === personId);
      // Every person on offer stays so, whichever is chosen, a new person included.
      let next = withValue(draft, [...at, 'new_person'], match ? undefined : true);
      next = withValue(next, [...at, 'person_choices'], choices);
      next = withValue(next, [...at, 'person_id'], match?.id);
      return withValue(next, [...at, 'person_match'], match);
    });
  const picker = (
    <RecordPicker
      table="people"
      label={t(choices.length > 0 ? 'pressRelease.anotherPerson' : 'pressRelease.personInArchive')}
      exclude={choices.map((c) => c.id)}
      onPick={(row) =>
        editing.change((draft) => {
          const match = { id: String(row.id), name: String(row.name), reason: 'chosen' as const };
          // The people the reader proposed stay on offer beside the one picked.
          let next = withValue(draft, [...at, 'new_person'], undefined);
          next = withValue(next, [...at, 'person_choices'], choices);
          next = withValue(next, [...at, 'person_id'], match.id);
          return withValue(next, [...at, 'person_match'], match);
        })
      }
    />
  );
  // A name the archive does not seem to hold may still be someone in it.
  if (choices.length === 0) return <div className="draft-field">{picker}</div>;
  return (
    <div className="draft-field draft-person-choice">
      <label htmlFor={id}>{t('pressRelease.personInArchive')}</label>
      <select id={id} value={chosen?.id ?? NEW} onChange={(e) => choose(e.target.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={NEW}>{t('pressRelease.personNew')}</option>
      </select>
      {person.new_person ? null : (
        <span className="muted">
          {t('pressRelease.personWhy', {
            why: chosen ? why(chosen) : t('pressRelease.why.choices'),
          })}
        </span>
      )}
      {picker}
    </div>
  );
}
