import { useRef } from 'react';
import { PARTICIPANT_SIDES } from '../../db/api.js';
import { t } from '../messages.js';
import type { FormValue, ParticipantDraft } from './formValues.js';
import { ParticipantRow } from './ParticipantRow.js';
import { positionOn } from './positionOn.js';
import { positionsOf } from './positionsOf.js';

let nextKey = 0;

/** A new, empty participant row; its key keeps it apart from the others while rows move. */
function newParticipant(): ParticipantDraft {
  nextKey += 1;
  return {
    key: `new-${nextKey}`,
    person: null,
    organisation: null,
    title: '',
    side: PARTICIPANT_SIDES[0],
  };
}

/**
 * Who took part in a meeting, in the order the record lists them: each row a person (found or
 * created), the title they held at the time, their organisation and side; rows are added,
 * removed and moved up or down. A person picked from the archive brings the title (and
 * organisation) they held on the meeting's date into the fields still empty; what the user
 * typed there is never replaced.
 */
export function ParticipantsEditor({
  id,
  formId,
  label,
  value,
  date,
  onChange,
  onLeave,
  problems,
  describedBy,
}: {
  id: string;
  formId: string;
  label: string;
  value: ParticipantDraft[];
  /** The meeting's date, as typed so far. */
  date: string;
  onChange: (value: FormValue) => void;
  onLeave: () => void;
  problems: Map<string, string[]>;
  describedBy: string | undefined;
}) {
  // The rows as they are when a person's positions arrive, which may be a few keys later.
  const latest = useRef(value);
  latest.current = value;
  const fillFromPosition = async (key: string, personId: string) => {
    const position = positionOn(await positionsOf(personId), date);
    if (!position) return;
    const rows = latest.current;
    const row = rows.find((r) => r.key === key);
    if (!row || row.person?.id !== personId) return;
    const title = row.title.trim() === '' ? position.title : row.title;
    const organisation =
      row.organisation ??
      (position.organisationId
        ? { id: position.organisationId, label: position.organisation ?? '' }
        : null);
    if (title === row.title && organisation === row.organisation) return;
    onChange(rows.map((r) => (r.key === key ? { ...r, title, organisation } : r)));
  };
  const update = (index: number, row: ParticipantDraft) => {
    const before = value[index];
    onChange(value.map((old, i) => (i === index ? row : old)));
    const picked = row.person?.id;
    if (picked && picked !== before?.person?.id) {
      // Not knowing the person's positions leaves the fields as they are: nothing to say.
      fillFromPosition(row.key, picked).catch(() => undefined);
    }
  };
  const move = (index: number, by: number) => {
    const to = index + by;
    const moved = value[index];
    if (moved === undefined || to < 0 || to >= value.length) return;
    const rest = value.filter((_, i) => i !== index);
    onChange([...rest.slice(0, to), moved, ...rest.slice(to)]);
    onLeave();
  };
  return (
    <fieldset id={id} className="participants-editor" aria-describedby={describedBy}>
      <legend>{label}</legend>
      {value.length === 0 ? <p className="muted">{t('forms.noParticipants')}</p> : null}
      <ol className="participant-rows">
        {value.map((row, index) => (
          <ParticipantRow
            key={row.key}
            formId={formId}
            index={index}
            count={value.length}
            row={row}
            onChange={(next) => update(index, next)}
            onMove={(by) => move(index, by)}
            onRemove={() => {
              onChange(value.filter((_, i) => i !== index));
              onLeave();
            }}
            onLeave={onLeave}
            problems={problems}
          />
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...value, newParticipant()])}>
        {t('forms.addParticipant')}
      </button>
    </fieldset>
  );
}
