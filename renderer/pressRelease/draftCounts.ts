import type { Draft } from './draftEdit.js';

/** How many records of each kind saving the draft creates, for the confirmation to name. */
export interface DraftCounts {
  visits: number;
  meetings: number;
  people: number;
  linked: number;
  /** Titles held (positions) of the new people: one per person and title. */
  positions: number;
  /** Titles of people already in the archive: each created unless they hold it already. */
  linkedPositions: number;
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
  const positions = new Set<string>();
  const linkedPositions = new Set<string>();
  const person = (p: {
    name: string;
    title: string | null;
    person_id?: string;
    new_person?: boolean;
  }) => {
    const linkedTo = p.person_id && !p.new_person ? p.person_id : null;
    let who: string;
    if (linkedTo) {
      linked.add(linkedTo);
      who = linkedTo;
    } else {
      who = p.new_person ? `${key(p.name)}#${newPeople.size}` : key(p.name);
      newPeople.add(who);
    }
    if (p.title?.trim()) (linkedTo ? linkedPositions : positions).add(`${who}\n${key(p.title)}`);
  };
  const { traveller } = draft.visit;
  if (traveller?.name.trim()) person(traveller);
  for (const m of draft.meetings) {
    for (const p of m.participants) {
      person(p);
      if (!p.organisation_id)
        for (const name of [p.organisation, p.department]) if (name) organisations.add(key(name));
    }
    for (const topic of m.topics) topics.add(key(topic));
  }
  return {
    visits: 1,
    meetings: draft.meetings.length,
    people: newPeople.size,
    linked: linked.size,
    positions: positions.size,
    // A person already in the archive may hold the title already: then it is not created again.
    linkedPositions: linkedPositions.size,
    organisations: organisations.size,
    events: draft.events.length,
    topics: topics.size,
    sources: 1,
  };
}
