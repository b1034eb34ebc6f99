import { useEffect, useState } from 'react';
import type { ArchiveStats } from '../../db/api.js';
import { archive } from '../api.js';
import { ArchiveFileName } from './ArchiveFileName.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ReadOnlyBanner } from './ReadOnlyBanner.js';
import { SectionPanels } from './SectionPanels.js';
import { SectionTabs } from './SectionTabs.js';
import { SkipToTable } from './SkipToTable.js';
import { StatsLine } from './StatsLine.js';
import { WelcomePanel } from './WelcomePanel.js';
import type { Section } from './sections.js';
import { t } from '../messages.js';
import { prefetchTimelineSummary } from '../timeline/timelineSummaryStore.js';
import { ChangeNotice } from '../changes/ChangeNotice.js';
import { UndoControls } from '../changes/UndoControls.js';
import { useUndoShortcuts } from '../changes/useUndoShortcuts.js';
import { useArchive } from './useArchive.js';
import { LanguageSwitch } from '../language/LanguageSwitch.js';
import { useLanguage } from '../language/interfaceLanguage.js';

function isEmpty(stats: ArchiveStats): boolean {
  return Object.values(stats.counts).every((n) => n === 0);
}

/** The window: the archive's name and counts, the sections, and the section shown. */
export function App() {
  const [section, setSection] = useState<Section>('visits');
  // The sections are drawn afresh in a new language: their memoised columns and rows hold text.
  const language = useLanguage();
  // The window's undo keys are heard from its first paint, before its counts come.
  useUndoShortcuts();
  const [loadedStats, setLoadedStats] = useState<ArchiveStats | null>(null);
  const [welcomed, setWelcomed] = useState(false);
  const asked = useArchive<ArchiveStats>(() => archive.stats({}), 'stats');
  const stats = loadedStats ?? asked.value;
  const shown = stats !== undefined && stats !== null && (!isEmpty(stats) || welcomed);
  useEffect(() => (shown ? prefetchTimelineSummary() : undefined), [shown]);

  let content;
  if (!stats) {
    content = asked.error ? (
      <ErrorAlert message={asked.error} actionLabel={t('errors.retry')} onDismiss={asked.retry} />
    ) : (
      <p className="muted app-loading">{t('app.loading')}</p>
    );
  } else if (isEmpty(stats) && !welcomed) {
    content = (
      <WelcomePanel
        onLoaded={(next) => {
          setLoadedStats(next);
          setWelcomed(true);
        }}
        onStartEmpty={() => setWelcomed(true)}
      />
    );
  } else {
    content = (
      <>
        <SectionTabs current={section} onChange={setSection} />
        <SectionPanels current={section} />
      </>
    );
  }

  return (
    <div className="app">
      <SkipToTable />
      <header className="app-header">
        <div className="app-title">
          <h1>{t('app.name')}</h1>
          <ArchiveFileName path={stats?.path} />
        </div>
        <StatsLine stats={stats} />
        {stats ? <UndoControls /> : null}
        {stats?.readOnly ? <ReadOnlyBanner state={stats.readOnly} /> : null}
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" key={language}>
        {content}
      </main>
      <ChangeNotice />
    </div>
  );
}
