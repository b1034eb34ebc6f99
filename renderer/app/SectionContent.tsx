import { BackupsPanel } from '../backups/BackupsPanel.js';
import { t } from '../messages.js';
import { eventScreen } from '../events/eventScreen.js';
import { meetingScreen } from '../meetings/meetingScreen.js';
import { organisationScreen } from '../organisations/organisationScreen.js';
import { personScreen } from '../people/personScreen.js';
import { PressReleaseImport } from '../pressRelease/PressReleaseImport.js';
import { TimelineSection } from '../timeline/TimelineSection.js';
import { TrashSection } from '../trash/TrashSection.js';
import { VisitsSection } from '../visits/VisitsSection.js';
import { RecordSection } from './RecordSection.js';
import { NotBuilt } from './NotBuilt.js';
import { sectionLabelKey, type Section } from './sections.js';

/** The screen of one section; sections not built yet say so. */
export function SectionContent({ section }: { section: Section }) {
  switch (section) {
    case 'visits':
      return <VisitsSection />;
    case 'meetings':
      return <RecordSection screen={meetingScreen} />;
    case 'people':
      return <RecordSection screen={personScreen} />;
    case 'organisations':
      return <RecordSection screen={organisationScreen} />;
    case 'events':
      return <RecordSection screen={eventScreen} />;
    case 'timeline':
      return <TimelineSection />;
    case 'import':
      return <PressReleaseImport />;
    case 'trash':
      return <TrashSection />;
    case 'backups':
      return <BackupsPanel />;
    default:
      return <NotBuilt section={t(sectionLabelKey(section))} />;
  }
}
