import { t } from '../messages.js';
import { DraftField } from './DraftField.js';
import { DraftParticipant } from './DraftParticipant.js';
import { DraftTextList } from './DraftTextList.js';
import { emptyParticipant, withItem, withoutItem } from './draftEdit.js';
import type { DraftEditing } from './DraftEditing.js';

const LISTS = [
  {
    list: 'topics',
    legend: 'pressRelease.topicsList',
    itemLabel: 'pressRelease.topic',
    addLabel: 'pressRelease.addTopic',
    removeLabel: 'pressRelease.removeTopic',
  },
  {
    list: 'outcomes',
    legend: 'pressRelease.outcomesList',
    itemLabel: 'pressRelease.outcome',
    addLabel: 'pressRelease.addOutcome',
    removeLabel: 'pressRelease.removeOutcome',
  },
] as const;

/** One meeting of the draft: when and where, who was met, what was discussed and agreed. */
export function DraftMeeting({ editing, index }: { editing: DraftEditing; index: number }) {
  const meeting = editing.draft.meetings[index];
  if (!meeting) return null;
  const at = ['meetings', index] as const;
  const n = index + 1;
  return (
    <fieldset className="draft-meeting">
      <legend>{t('pressRelease.meeting', { n })}</legend>
      <div className="draft-columns">
        <DraftField
          editing={editing}
          path={[...at, 'date']}
          label={t('pressRelease.date')}
          kind="date"
        />
        <DraftField editing={editing} path={[...at, 'venue']} label={t('pressRelease.venue')} />
        <DraftField
          editing={editing}
          path={[...at, 'atmosphere']}
          label={t('pressRelease.atmosphere')}
        />
      </div>
      <fieldset className="draft-list">
        <legend>{t('pressRelease.participants')}</legend>
        {meeting.participants.map((_, j) => (
          <DraftParticipant
            key={j}
            editing={editing}
            meeting={index}
            index={j}
            count={meeting.participants.length}
          />
        ))}
        <button
          type="button"
          onClick={() =>
            editing.change((d) => withItem(d, [...at, 'participants'], emptyParticipant()))
          }
        >
          {t('pressRelease.addParticipant')}
        </button>
      </fieldset>
      {LISTS.map(({ list, ...labels }) => (
        <DraftTextList
          key={list}
          editing={editing}
          path={[...at, list]}
          items={meeting[list]}
          long={list === 'outcomes'}
          {...labels}
        />
      ))}
      <button
        type="button"
        className="draft-remove"
        onClick={() => editing.change((d) => withoutItem(d, ['meetings'], index))}
      >
        {t('pressRelease.removeMeeting', { n })}
      </button>
    </fieldset>
  );
}
