import type { MessageKey } from '../messages.js';

/** The app's sections, in the order of the navigation. */
export const SECTIONS = [
  'visits',
  'meetings',
  'people',
  'organisations',
  'events',
  'timeline',
  'import',
  'trash',
  'backups',
] as const;
export type Section = (typeof SECTIONS)[number];

export function sectionLabelKey(section: Section): MessageKey {
  return `nav.${section}`;
}
