import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { RecordDetail, TableName } from '../../db/api.js';
import { t } from '../messages.js';
import { RecordHistory } from './RecordHistory.js';
import '../styles/trash.css';

const TABS = ['details', 'history'] as const;
type Tab = (typeof TABS)[number];

export interface RecordTabsProps {
  table: TableName;
  /** Null while a new record is entered: it has no history yet, and no tabs. */
  id: string | null;
  /** Buttons that act on the whole record, above the tabs (Delete…, Merge with…). */
  actions?: ReactNode;
  /** The panel's record and related records, whose names the history uses for links. */
  detail: RecordDetail | undefined;
  /** The Details tab: the panel's own content. */
  children: ReactNode;
}

/**
 * Details and History of one record, as WAI-ARIA tabs: one tab stop, arrow keys switch. The
 * details stay mounted while the history shows, so that nothing typed there is lost.
 */
export function RecordTabs({ table, id, actions, detail, children }: RecordTabsProps) {
  const [tab, setTab] = useState<Tab>('details');
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (name: Tab) => `${base}-${name}-tab`;
  const panelId = (name: Tab) => `${base}-${name}-panel`;

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const to: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index + TABS.length - 1) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = TABS[to[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    setTab(next);
    list.current?.querySelector<HTMLElement>(`[id="${tabId(next)}"]`)?.focus();
  };

  if (id === null) return children;
  return (
    <>
      {actions}
      <div className="record-tabs" role="tablist" aria-label={t('record.tabs')} ref={list}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={tabId(name)}
            aria-selected={tab === name}
            aria-controls={panelId(name)}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
          >
            {t(name === 'details' ? 'record.detailsTab' : 'record.historyTab')}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={panelId('details')}
        aria-labelledby={tabId('details')}
        hidden={tab !== 'details'}
      >
        {children}
      </div>
      {tab === 'history' ? (
        <div role="tabpanel" id={panelId('history')} aria-labelledby={tabId('history')}>
          <RecordHistory table={table} id={id} detail={detail} />
        </div>
      ) : null}
    </>
  );
}
