import { inViewOrder } from './viewOrder.js';
import { useRef, useState } from 'react';
import type { SavedView, TableName, TableViewState } from '../../db/api.js';
import { archive, errorMessage } from '../api.js';
import { t } from '../messages.js';
import { useArchive } from '../app/useArchive.js';
import { Popover } from '../components/Popover.js';
import { openView } from './tableStateStore.js';
import { sameState } from './tableViewState.js';
import { ViewItem } from './ViewItem.js';
import { ViewNameForm } from './ViewNameForm.js';

/**
 * The Views menu: a table's named views (filters, search, sort and columns together), to save
 * the table as one, open one, rename or delete one. The toolbar names the open view, and says
 * when the table has changed since it was opened, with a button that updates the view.
 */
export function ViewsMenu({
  table,
  state,
  view,
}: {
  table: TableName;
  state: TableViewState;
  /** The view opened last, if any. */
  view: SavedView | null;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const views = useArchive(() => archive.listViews({ table }), `views:${table}`);
  const list = inViewOrder(views.value ?? []);
  const modified = view !== null && !sameState(view.state, state);

  const saveAs = async (name: string) => {
    const saved = await archive.saveView({ name, table, state });
    openView(table, saved, false);
    setNaming(false);
    views.retry();
  };
  const update = async () => {
    if (!view) return;
    setProblem(null);
    try {
      const saved = await archive.saveView({ id: view.id, name: view.name, table, state });
      openView(table, saved, false);
      views.retry();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  const rename = async (target: SavedView, name: string) => {
    const saved = await archive.saveView({ id: target.id, name, table, state: target.state });
    if (view?.id === saved.id) openView(table, { ...saved, state: view.state }, false);
    views.retry();
  };
  const remove = async (target: SavedView) => {
    await archive.deleteView({ id: target.id });
    if (view?.id === target.id) openView(table, null, false);
    views.retry();
  };

  return (
    <div className="views-menu">
      {view ? (
        <span className="view-current" role="status">
          {t(modified ? 'views.currentModified' : 'views.current', { name: view.name })}
        </span>
      ) : null}
      {modified ? (
        <button type="button" onClick={() => void update()}>
          {t('views.update')}
        </button>
      ) : null}
      {problem ? (
        <p className="filter-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t('views.button')}
      </button>
      {open && button.current ? (
        <Popover
          anchor={button.current}
          label={t('views.title')}
          onClose={() => {
            setOpen(false);
            setNaming(false);
          }}
          className="views-popover"
        >
          <h3 className="popover-heading">{t('views.title')}</h3>
          {views.error ? (
            <p className="filter-problem" role="alert">
              {views.error}
            </p>
          ) : list.length === 0 && !views.loading ? (
            <p className="filter-hint">{t('views.none')}</p>
          ) : (
            <ul className="views-list">
              {list.map((v) => (
                <ViewItem
                  key={v.id}
                  view={v}
                  isOpen={view?.id === v.id}
                  onOpen={() => {
                    openView(table, v);
                    setOpen(false);
                    button.current?.focus();
                  }}
                  onRename={(name) => rename(v, name)}
                  onDelete={() => remove(v)}
                />
              ))}
            </ul>
          )}
          {naming ? (
            <ViewNameForm
              label={t('views.name')}
              onSave={saveAs}
              onCancel={() => setNaming(false)}
            />
          ) : (
            <div className="popover-actions">
              <button type="button" onClick={() => setNaming(true)}>
                {t('views.saveAs')}
              </button>
            </div>
          )}
        </Popover>
      ) : null}
    </div>
  );
}
