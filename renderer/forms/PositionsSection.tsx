import { useId, useMemo, useState } from 'react';
import type { Row } from '../../db/api.js';
import { formatDateRange } from '../formatDate.js';
import { t } from '../messages.js';
import { RecordEditor } from './RecordEditor.js';

function positionLine(p: Row): string {
  return [p.title, p.organisation, formatDateRange(p.start_date, p.end_date)]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The positions a person held, each editable in place, and a new one added from here: a
 * position always belongs to the person whose panel is open.
 */
export function PositionsSection({ personId, positions }: { personId: string; positions: Row[] }) {
  const headingId = useId();
  // The position edited (its id), 'new' for one being added, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const fixed = useMemo(() => ({ person_id: personId }), [personId]);
  const done = () => setEditing(null);
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('people.positions')}
        <span className="count-badge">{positions.length}</span>
      </h3>
      {positions.length === 0 && editing !== 'new' ? (
        <p className="muted">{t('panel.noneRelated')}</p>
      ) : null}
      <ul className="related-list position-list" aria-label={t('people.positions')}>
        {positions.map((p) => {
          const id = String(p.id);
          const line = positionLine(p);
          return (
            <li key={id}>
              {editing === id ? (
                <RecordEditor
                  table="positions"
                  record={p}
                  fixed={fixed}
                  title={t('forms.editPosition', { title: String(p.title ?? '') })}
                  heading
                  onSaved={done}
                  onCancel={done}
                />
              ) : (
                <span className="position-line">
                  {line}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('forms.editPosition', { title: line })}
                    onClick={() => setEditing(id)}
                    disabled={editing !== null}
                  >
                    {t('forms.edit')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {editing === 'new' ? (
        <RecordEditor
          table="positions"
          record={null}
          fixed={fixed}
          title={t('forms.new.positions')}
          heading
          onSaved={done}
          onCancel={done}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')} disabled={editing !== null}>
          {t('forms.addPosition')}
        </button>
      )}
    </section>
  );
}
