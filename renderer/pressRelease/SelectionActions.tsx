import { t } from '../messages.js';
import type { Draft } from './draftEdit.js';
import { selectedDate } from './selectedDate.js';
import {
  asDate,
  asParticipant,
  asPlace,
  asTopic,
  targetMeeting,
  type Selection,
} from './selectionEdits.js';

/** What the words selected in the release can fill: a person met, a place, a date, a topic. */
export function SelectionActions({
  draft,
  active,
  selection,
  onChange,
}: {
  draft: Draft;
  active: string | null;
  selection: Selection | null;
  onChange: (draft: Draft) => void;
}) {
  if (!selection) return <p className="muted">{t('pressRelease.selectionHint')}</p>;
  const meeting = targetMeeting(active);
  const n = Math.min(meeting, Math.max(0, draft.meetings.length - 1)) + 1;
  const date = selectedDate(selection.text);
  return (
    <div
      className="evidence-actions"
      role="group"
      aria-label={t('pressRelease.selection', { text: selection.text })}
    >
      <span>{t('pressRelease.selection', { text: selection.text })}</span>
      <button type="button" onClick={() => onChange(asParticipant(draft, meeting, selection))}>
        {t('pressRelease.useAsParticipant', { n })}
      </button>
      <button type="button" onClick={() => onChange(asPlace(draft, selection))}>
        {t('pressRelease.useAsPlace', { n: 1 })}
      </button>
      {date ? (
        <button type="button" onClick={() => onChange(asDate(draft, date, selection))}>
          {t('pressRelease.useAsDate')}
        </button>
      ) : null}
      <button type="button" onClick={() => onChange(asTopic(draft, meeting, selection))}>
        {t('pressRelease.useAsTopic', { n })}
      </button>
    </div>
  );
}
