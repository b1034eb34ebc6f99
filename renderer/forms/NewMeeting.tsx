import { useMemo, useState } from 'react';
import type { Row } from '../../db/api.js';
import { t } from '../messages.js';
import { RecordEditor } from './RecordEditor.js';

/**
 * "Add meeting" in a visit's panel: a meeting form for that visit, starting from the visit's
 * place. Once saved, the visit's list of meetings shows it, and the button is back.
 */
export function NewMeeting({ visit }: { visit: Row }) {
  const [adding, setAdding] = useState(false);
  const fixed = useMemo(() => ({ visit_id: String(visit.id) }), [visit.id]);
  const preset = useMemo(
    () => ({ city: String(visit.city ?? ''), country: String(visit.country ?? '') }),
    [visit.city, visit.country],
  );
  if (!adding) {
    return (
      <button type="button" className="add-meeting" onClick={() => setAdding(true)}>
        {t('forms.addMeeting')}
      </button>
    );
  }
  return (
    <RecordEditor
      table="meetings"
      record={null}
      fixed={fixed}
      preset={preset}
      title={t('forms.new.meetings')}
      heading
      onSaved={() => setAdding(false)}
      onCancel={() => setAdding(false)}
    />
  );
}
