import { useState } from 'react';
import { SectionContent } from './SectionContent.js';
import { panelId, tabId } from './SectionTabs.js';
import { SECTIONS, type Section } from './sections.js';

/**
 * One tab panel per section opened so far. A section left stays mounted but hidden, so that its
 * sort and page are as the user left them on coming back.
 */
export function SectionPanels({ current }: { current: Section }) {
  const [opened, setOpened] = useState<readonly Section[]>([current]);
  if (!opened.includes(current)) setOpened([...opened, current]);
  return SECTIONS.filter((section) => opened.includes(section)).map((section) => (
    <div
      key={section}
      className="section-panel"
      role="tabpanel"
      id={panelId(section)}
      aria-labelledby={tabId(section)}
      hidden={section !== current}
    >
      <SectionContent section={section} />
    </div>
  ));
}
