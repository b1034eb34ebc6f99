import { useEffect, useId, useRef } from 'react';
import { t, type MessageKey } from '../messages.js';
import { draftCounts, type DraftCounts } from './draftCounts.js';
import type { Draft } from './draftEdit.js';

const KINDS: (keyof DraftCounts)[] = [
  'visits',
  'meetings',
  'people',
  'linked',
  'positions',
  'linkedPositions',
  'organisations',
  'events',
  'topics',
  'sources',
];

/** Names every kind of record the save will create, with counts, before anything is written. */
export function SaveConfirmation({
  draft,
  busy,
  onSave,
  onBack,
}: {
  draft: Draft;
  busy: boolean;
  onSave: () => void;
  onBack: () => void;
}) {
  const titleId = useId();
  const save = useRef<HTMLButtonElement>(null);
  useEffect(() => save.current?.focus(), []);
  const counts = draftCounts(draft);
  return (
    <section
      className="draft-confirm"
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onBack();
      }}
    >
      <h3 id={titleId}>{t('pressRelease.confirmTitle')}</h3>
      <p>{t('pressRelease.confirmIntro')}</p>
      <ul>
        {KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
          <li key={kind}>
            {t(`pressRelease.count.${kind}` as MessageKey, { count: counts[kind] })}
          </li>
        ))}
      </ul>
      <div className="press-release-actions">
        <button ref={save} type="button" disabled={busy} onClick={onSave}>
          {t('pressRelease.confirmSave')}
        </button>
        <button type="button" onClick={onBack}>
          {t('pressRelease.confirmBack')}
        </button>
      </div>
    </section>
  );
}
