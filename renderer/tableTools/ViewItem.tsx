import { useState } from 'react';
import type { SavedView } from '../../db/api.js';
import { errorMessage } from '../api.js';
import { t } from '../messages.js';
import { ViewNameForm } from './ViewNameForm.js';

/** One saved view in the Views menu: open it, rename it, or delete it after one question. */
export function ViewItem({
  view,
  isOpen,
  onOpen,
  onRename,
  onDelete,
}: {
  view: SavedView;
  /** This view is the one the table shows. */
  isOpen: boolean;
  onOpen: () => void;
  onRename: (name: string) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  if (mode === 'rename') {
    return (
      <li className="view-item">
        <ViewNameForm
          label={t('views.renameTo', { name: view.name })}
          initial={view.name}
          onSave={async (name) => {
            await onRename(name);
            setMode('idle');
          }}
          onCancel={() => setMode('idle')}
        />
      </li>
    );
  }
  if (mode === 'delete') {
    return (
      <li className="view-item">
        <p>{t('views.deleteConfirm', { name: view.name })}</p>
        {problem ? (
          <p className="filter-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="popover-actions">
          <button type="button" autoFocus onClick={() => setMode('idle')}>
            {t('views.cancel')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => onDelete().catch((error: unknown) => setProblem(errorMessage(error)))}
          >
            {t('views.deleteConfirmed')}
          </button>
        </div>
      </li>
    );
  }
  return (
    <li className="view-item is-row">
      <button
        type="button"
        className="view-open"
        aria-current={isOpen || undefined}
        onClick={onOpen}
      >
        {view.name}
      </button>
      <button
        type="button"
        aria-label={t('views.renameNamed', { name: view.name })}
        onClick={() => setMode('rename')}
      >
        {t('views.rename')}
      </button>
      <button
        type="button"
        aria-label={t('views.deleteNamed', { name: view.name })}
        onClick={() => {
          setProblem(null);
          setMode('delete');
        }}
      >
        {t('views.delete')}
      </button>
    </li>
  );
}
