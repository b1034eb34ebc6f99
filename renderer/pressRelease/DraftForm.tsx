import type { PressReleaseDraft } from '../../db/api.js';
import { t } from '../messages.js';
import { DraftField } from './DraftField.js';
import { isUnsure, withParticipantField, withPlace, withVisitField } from './draftEdit.js';

/** The draft read from a press release, every field editable before it is saved. */
export function DraftForm({
  draft,
  onChange,
}: {
  draft: PressReleaseDraft;
  onChange: (draft: PressReleaseDraft) => void;
}) {
  const { visit } = draft;
  const place = visit.places[0];
  return (
    <div className="draft">
      {draft.warnings.length > 0 ? (
        <ul className="draft-warnings" aria-label={t('pressRelease.warnings')}>
          {draft.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <fieldset>
        <legend>{t('pressRelease.visit')}</legend>
        <DraftField
          label={t('pressRelease.visitTitle')}
          value={visit.title}
          onChange={(v) => onChange(withVisitField(draft, 'title', v))}
        />
        <p className="muted">
          {t('pressRelease.traveller', {
            name: visit.traveller?.name ?? '—',
            title: visit.traveller?.title ?? '—',
          })}
        </p>
        <DraftField
          label={t('pressRelease.city')}
          value={place?.city ?? null}
          unsure={isUnsure(draft, 'visit.places')}
          onChange={(v) => onChange(withPlace(draft, 'city', v))}
        />
        <DraftField
          label={t('pressRelease.country')}
          value={place?.country ?? null}
          unsure={isUnsure(draft, 'visit.places')}
          onChange={(v) => onChange(withPlace(draft, 'country', v))}
        />
        <DraftField
          label={t('pressRelease.startDate')}
          value={visit.start_date}
          unsure={isUnsure(draft, 'visit.start_date')}
          onChange={(v) => onChange(withVisitField(draft, 'start_date', v))}
        />
        <DraftField
          label={t('pressRelease.endDate')}
          value={visit.end_date}
          unsure={isUnsure(draft, 'visit.end_date')}
          onChange={(v) => onChange(withVisitField(draft, 'end_date', v))}
        />
      </fieldset>
      {draft.meetings.map((meeting, i) => (
        <fieldset key={i} className="draft-meeting">
          <legend>
            {t('pressRelease.meeting', { n: i + 1 })}
            {meeting.date ? ` · ${meeting.date}` : ''}
          </legend>
          {meeting.participants.map((p, j) => (
            <div key={j} className="draft-participant" role="group" aria-label={p.name}>
              <DraftField
                label={t('pressRelease.name')}
                value={p.name}
                onChange={(v) => onChange(withParticipantField(draft, i, j, 'name', v))}
              />
              <DraftField
                label={t('pressRelease.title')}
                value={p.title}
                unsure={isUnsure(draft, `meetings.${i}.participants.${j}.title`)}
                onChange={(v) => onChange(withParticipantField(draft, i, j, 'title', v))}
              />
              <DraftField
                label={t('pressRelease.organisation')}
                value={p.organisation}
                unsure={isUnsure(draft, `meetings.${i}.participants.${j}.organisation`)}
                onChange={(v) => onChange(withParticipantField(draft, i, j, 'organisation', v))}
              />
              {p.department !== null ? (
                <DraftField
                  label={t('pressRelease.department')}
                  value={p.department}
                  onChange={(v) => onChange(withParticipantField(draft, i, j, 'department', v))}
                />
              ) : null}
              {p.person_id ? <p className="muted">{t('pressRelease.linked')}</p> : null}
            </div>
          ))}
          {meeting.topics.length > 0 ? (
            <p className="muted">
              {t('pressRelease.topics', { topics: meeting.topics.join('; ') })}
            </p>
          ) : null}
        </fieldset>
      ))}
      {draft.events.length > 0 ? (
        <section aria-label={t('pressRelease.events')}>
          <h3>{t('pressRelease.events')}</h3>
          <ul>
            {draft.events.map((e, i) => (
              <li key={i}>
                {e.title}
                {e.date ? ` (${e.date})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
