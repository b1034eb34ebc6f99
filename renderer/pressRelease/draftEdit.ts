import type { PressReleaseDraft } from '../../db/api.js';

type Participant = PressReleaseDraft['meetings'][number]['participants'][number];

/** A copy of the draft with one field of the visit changed; an emptied field becomes null. */
export function withVisitField(
  draft: PressReleaseDraft,
  field: 'title' | 'start_date' | 'end_date',
  value: string,
): PressReleaseDraft {
  const next = field === 'title' ? value : value.trim() === '' ? null : value.trim();
  return { ...draft, visit: { ...draft.visit, [field]: next } };
}

/** A copy of the draft with the visit's first place changed. */
export function withPlace(
  draft: PressReleaseDraft,
  field: 'city' | 'country',
  value: string,
): PressReleaseDraft {
  const [first, ...rest] = draft.visit.places;
  const place = { city: first?.city ?? null, country: first?.country ?? '', [field]: value };
  if (field === 'country') place.country = value.trim().toUpperCase();
  return { ...draft, visit: { ...draft.visit, places: [place, ...rest] } };
}

/** A copy of the draft with one participant's field changed. */
export function withParticipantField(
  draft: PressReleaseDraft,
  meeting: number,
  index: number,
  field: 'name' | 'title' | 'organisation' | 'department',
  value: string,
): PressReleaseDraft {
  return {
    ...draft,
    meetings: draft.meetings.map((m, i) =>
      i !== meeting
        ? m
        : {
            ...m,
            participants: m.participants.map((p, j): Participant => {
              if (j !== index) return p;
              const changed = { ...p, [field]: field === 'name' ? value : value || null };
              // A renamed person is no longer the one the archive matched.
              if (field === 'name') delete changed.person_id;
              if (field === 'organisation' || field === 'department')
                delete changed.organisation_id;
              return changed;
            }),
          },
    ),
  };
}

/** Whether the extractor marked a field as a guess. */
export function isUnsure(draft: PressReleaseDraft, path: string): boolean {
  return draft.unsure.includes(path);
}
