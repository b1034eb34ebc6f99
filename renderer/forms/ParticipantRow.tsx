import { PARTICIPANT_SIDES } from '../../db/api.js';
import { t } from '../messages.js';
import type { ParticipantDraft, ParticipantSide } from './formValues.js';
import { LinkEditor } from './LinkEditor.js';
import { fieldDomId, problemDomId } from './problemField.js';

/** One participant of a meeting while it is edited; its problems are shown in the row. */
export function ParticipantRow({
  formId,
  index,
  count,
  row,
  onChange,
  onMove,
  onRemove,
  onLeave,
  problems,
}: {
  formId: string;
  index: number;
  count: number;
  row: ParticipantDraft;
  onChange: (row: ParticipantDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
  onLeave: () => void;
  problems: Map<string, string[]>;
}) {
  const at = `participants.${index}`;
  const name = t('forms.participant', { n: index + 1 });
  const part = (field: string) => {
    const key = field ? `${at}.${field}` : at;
    const messages = problems.get(key);
    return {
      id: fieldDomId(formId, key),
      messages,
      problemId: messages ? problemDomId(formId, key) : undefined,
    };
  };
  const person = part('person_id');
  const organisation = part('organisation_id');
  const title = part('title');
  const whole = part('');
  const all = [whole, person, title, organisation].filter((p) => p.messages);
  const side = `${fieldDomId(formId, at)}-side`;
  return (
    <li id={whole.id} className="participant-row" role="group" aria-label={name}>
      <LinkEditor
        id={person.id}
        table="people"
        label={t('forms.person')}
        value={row.person}
        onChange={(value) => onChange({ ...row, person: value })}
        onLeave={onLeave}
        invalid={person.messages !== undefined}
        describedBy={person.problemId}
      />
      <div className="form-field">
        <label htmlFor={title.id}>{t('forms.titleHeld')}</label>
        <input
          id={title.id}
          value={row.title}
          aria-invalid={title.messages ? true : undefined}
          aria-describedby={title.problemId}
          onChange={(event) => onChange({ ...row, title: event.target.value })}
          onBlur={onLeave}
        />
      </div>
      <LinkEditor
        id={organisation.id}
        table="organisations"
        label={t('forms.organisation')}
        value={row.organisation}
        onChange={(value) => onChange({ ...row, organisation: value })}
        onLeave={onLeave}
        invalid={organisation.messages !== undefined}
        describedBy={organisation.problemId}
      />
      <div className="form-field">
        <label htmlFor={side}>{t('forms.side')}</label>
        <select
          id={side}
          value={row.side}
          onChange={(event) => onChange({ ...row, side: event.target.value as ParticipantSide })}
        >
          {PARTICIPANT_SIDES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`forms.side.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="participant-actions">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={t('forms.moveUp', { name })}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          aria-label={t('forms.moveDown', { name })}
        >
          ↓
        </button>
        <button
          type="button"
          onClick={onRemove}
          aria-label={t('forms.removeParticipant', { name })}
        >
          {t('forms.remove')}
        </button>
      </div>
      {all.map((p) => (
        <p key={p.id} id={p.problemId} className="field-problem participant-problem">
          {p.messages?.join(' ')}
        </p>
      ))}
    </li>
  );
}
