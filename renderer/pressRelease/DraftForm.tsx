import type { PressReleaseDraft } from '../../db/api.js';
import { withDaysWritten } from '../../i18n/dateText.js';
import { currentLanguage, hasMessage, t } from '../messages.js';
import { DraftEvents } from './DraftEvents.js';
import { DraftMeeting } from './DraftMeeting.js';
import { DraftVisit } from './DraftVisit.js';
import { emptyMeeting, withItem, withValue, type DraftPath } from './draftEdit.js';
import type { DraftEditing } from './DraftEditing.js';
import type { DraftProblems } from './draftProblems.js';

/** The draft read from a press release, every field editable before it is saved. */
export function DraftForm({
  draft,
  problems,
  onChange,
}: {
  draft: PressReleaseDraft;
  problems: DraftProblems;
  onChange: (draft: PressReleaseDraft) => void;
}) {
  const set = (path: DraftPath, value: unknown) => {
    // A release that named no traveller gets one as soon as a field of theirs is filled in.
    const base =
      path[1] === 'traveller' && draft.visit.traveller === null
        ? { ...draft, visit: { ...draft.visit, traveller: { name: '', title: null } } }
        : draft;
    onChange(withValue(base, path, value));
  };
  const editing: DraftEditing = { draft, problems, set, change: (edit) => onChange(edit(draft)) };
  return (
    <div className="draft">
      {draft.warnings.length > 0 ? (
        <ul className="draft-warnings" aria-label={t('pressRelease.warnings')}>
          {draft.warnings.map((w, i) => (
            // Said in the window's language; a note from another version's catalog as its key.
            <li key={i}>
              {hasMessage(w.key) ? t(w.key, withDaysWritten(w.params, currentLanguage())) : w.key}
            </li>
          ))}
        </ul>
      ) : null}
      <DraftVisit editing={editing} />
      {draft.meetings.map((_, i) => (
        <DraftMeeting key={i} editing={editing} index={i} />
      ))}
      <button type="button" onClick={() => onChange(withItem(draft, ['meetings'], emptyMeeting()))}>
        {t('pressRelease.addMeeting')}
      </button>
      <DraftEvents editing={editing} />
      {draft.unplaced.length > 0 ? (
        <section aria-label={t('pressRelease.unplaced')}>
          <h3>{t('pressRelease.unplaced')}</h3>
          <ul className="draft-unplaced">
            {draft.unplaced.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
