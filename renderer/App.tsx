import { useState } from 'react';
import type { ArchiveStats } from '../db/api.js';
import { archive } from './api.js';
import { ErrorAlert } from './components/ErrorAlert.js';
import { SectionContent } from './components/SectionContent.js';
import { SectionTabs, panelId, tabId } from './components/SectionTabs.js';
import { StatsLine } from './components/StatsLine.js';
import { WelcomePanel } from './components/WelcomePanel.js';
import type { Section } from './components/sections.js';
import { t } from './messages.js';
import { useArchive } from './useArchive.js';

function isEmpty(stats: ArchiveStats): boolean {
  return Object.values(stats.counts).every((n) => n === 0);
}

/** The window: the archive's name and counts, the sections, and the section shown. */
export function App() {
  const [section, setSection] = useState<Section>('visits');
  const [statsVersion, setStatsVersion] = useState(0);
  const [loadedStats, setLoadedStats] = useState<ArchiveStats | null>(null);
  const [welcomed, setWelcomed] = useState(false);
  const asked = useArchive<ArchiveStats>(() => archive.stats({}), String(statsVersion));
  const stats = loadedStats ?? asked.value;

  let content;
  if (!stats) {
    content = asked.error ? (
      <ErrorAlert
        message={asked.error}
        actionLabel={t('errors.retry')}
        onDismiss={() => setStatsVersion((v) => v + 1)}
      />
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
        <div
          className="section-panel"
          role="tabpanel"
          id={panelId(section)}
          aria-labelledby={tabId(section)}
        >
          <SectionContent key={section} section={section} />
        </div>
      </>
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.name')}</h1>
        <StatsLine stats={stats} />
      </header>
      <main className="app-main">{content}</main>
    </div>
  );
}
