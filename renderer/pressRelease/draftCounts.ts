import type { Draft } from './draftEdit.js';

/** How many records of each kind saving the draft creates, for the confirmation to name. */
export interface DraftCounts {
  visits: number;
  meetings: number;
  people: number;
  linked: number;
  organisations: number;
  events: number;
  topics: number;
  sources: number;
}

const key = (text: string) => text.trim().toLocaleLowerCase();

/**
 * The records a save will write. People linked to the archive are not created; one name met in
 * two meetings is one person. Organisations are counted by name, so an organisation the archive
 * already holds under that name may be among them: the confirmation says "at most".
 */
export function draftCounts(draft: Draft): DraftCounts {
  const newPeople = new Set<string>();
  const linked = new Set<string>();
  const organisations = new Set<string>();
  const topics = new Set<string>();
  if (draft.visit.traveller?.name.trim()) newPeople.add(key(draft.visit.traveller.name));
  for (const m of draft.meetings) {
    for (const p of m.participants) {
      if (p.person_id && !p.new_person) linked.add(p.person_id);
      else newPeople.add(p.new_person ? `${key(p.name)}#${newPeople.size}` : key(p.name));
      if (!p.organisation_id)
        for (const name of [p.organisation, p.department]) if (name) organisations.add(key(name));
    }
    for (const topic of m.topics) topics.add(key(topic));
  }
  return {
    visits: 1,
    meetings: draft.meetings.length,
    // The traveller may already be in the archive: the save links them then.
    people: newPeople.size,
    linked: linked.size,
    organisations: organisations.size,
    events: draft.events.length,
    topics: topics.size,
    sources: 1,
  };
}
