import {
  emptyMeeting,
  emptyParticipant,
  valueAt,
  withItem,
  withValue,
  type Draft,
} from './draftEdit.js';

/** Words selected in the release's text, by their place in it. */
export interface Selection {
  text: string;
  start: number;
  end: number;
}

/** The draft with the selected words marked as the evidence of one field. */
function marked(draft: Draft, path: string, s: Selection): Draft {
  return { ...draft, spans: { ...draft.spans, [path]: [[s.start, s.end]] } };
}

/** The meeting a selection goes to: the one being edited, else the first (made if none). */
export function targetMeeting(active: string | null): number {
  const m = /^meetings\.(\d+)\./.exec(active ?? '');
  return m ? Number(m[1]) : 0;
}

function withMeeting(draft: Draft, index: number): Draft {
  return draft.meetings[index] ? draft : withItem(draft, ['meetings'], emptyMeeting());
}

/** The selected words as a new person met in the meeting. */
export function asParticipant(draft: Draft, meeting: number, s: Selection): Draft {
  const next = withMeeting(draft, meeting);
  const at = Math.min(meeting, next.meetings.length - 1);
  const list = ['meetings', at, 'participants'] as const;
  const count = (valueAt(next, list) as unknown[]).length;
  const added = withItem(next, list, { ...emptyParticipant(), name: s.text });
  return marked(added, `meetings.${at}.participants.${count}.name`, s);
}

/** The selected words as the city of the visit's first place (made if none). */
export function asPlace(draft: Draft, s: Selection): Draft {
  const next =
    draft.visit.places.length > 0
      ? draft
      : withItem(draft, ['visit', 'places'], { city: null, country: '' });
  return marked(withValue(next, ['visit', 'places', 0, 'city'], s.text), 'visit.places.0.city', s);
}

/** The selected date as the visit's start (and its end, when it has none). */
export function asDate(draft: Draft, iso: string, s: Selection): Draft {
  let next = withValue(draft, ['visit', 'start_date'], iso);
  if (!next.visit.end_date) next = withValue(next, ['visit', 'end_date'], iso);
  next = withValue(next, ['visit', 'date_unknown'], undefined);
  return marked(next, 'visit.start_date', s);
}

/** The selected words as a topic of the meeting. */
export function asTopic(draft: Draft, meeting: number, s: Selection): Draft {
  const next = withMeeting(draft, meeting);
  const at = Math.min(meeting, next.meetings.length - 1);
  const count = next.meetings[at]?.topics.length ?? 0;
  return marked(
    withItem(next, ['meetings', at, 'topics'], s.text),
    `meetings.${at}.topics.${count}`,
    s,
  );
}
