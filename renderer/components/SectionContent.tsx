import { t } from '../messages.js';
import { VisitsSection } from '../visits/VisitsSection.js';
import { NotBuilt } from './NotBuilt.js';
import { sectionLabelKey, type Section } from './sections.js';

/** The screen of one section; sections not built yet say so. */
export function SectionContent({ section }: { section: Section }) {
  switch (section) {
    case 'visits':
      return <VisitsSection />;
    default:
      return <NotBuilt section={t(sectionLabelKey(section))} />;
  }
}
