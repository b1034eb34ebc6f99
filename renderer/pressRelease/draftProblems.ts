import { PARTIAL_DATE_PATTERN } from '../../db/api.js';
import type { MessageKey } from '../messages.js';
import { pathKey, type Draft, type DraftPath } from './draftEdit.js';

/** What must be put right before the draft can be saved, by the path of the field at fault. */
export type DraftProblems = ReadonlyMap<string, MessageKey>;

const COUNTRY = /^[A-Z]{2}$/;

/** Every field that would make the save refused, with the sentence to show beside it. */
export function draftProblems(draft: Draft): DraftProblems {
  const problems = new Map<string, MessageKey>();
  const check = (path: DraftPath, wrong: boolean, key: MessageKey) => {
    if (wrong && !problems.has(pathKey(path))) problems.set(pathKey(path), key);
  };
  const date = (path: DraftPath, value: string | null) =>
    check(path, value !== null && !PARTIAL_DATE_PATTERN.test(value), 'pressRelease.badDate');
  const { visit } = draft;
  check(['visit', 'title'], visit.title.trim() === '', 'pressRelease.noTitle');
  check(['visit', 'traveller', 'name'], visit.traveller?.name.trim() === '', 'pressRelease.noName');
  visit.places.forEach((p, i) =>
    check(['visit', 'places', i, 'country'], !COUNTRY.test(p.country), 'pressRelease.noCountry'),
  );
  date(['visit', 'start_date'], visit.start_date);
  // The timeline places visits by their date: a visit without one must be meant so.
  check(['visit', 'start_date'], !visit.start_date && !visit.date_unknown, 'pressRelease.noDate');
  date(['visit', 'end_date'], visit.end_date);
  const { start_date: start, end_date: end } = visit;
  check(
    ['visit', 'end_date'],
    !!start &&
      !!end &&
      PARTIAL_DATE_PATTERN.test(start) &&
      end.slice(0, Math.min(start.length, end.length)) <
        start.slice(0, Math.min(start.length, end.length)),
    'pressRelease.endBeforeStart',
  );
  draft.meetings.forEach((m, i) => {
    date(['meetings', i, 'date'], m.date);
    m.participants.forEach((p, j) => {
      const at = ['meetings', i, 'participants', j] as const;
      check([...at, 'name'], p.name.trim() === '', 'pressRelease.noName');
      check(
        [...at, 'country'],
        p.country !== null && !COUNTRY.test(p.country),
        'pressRelease.badCountry',
      );
    });
    for (const list of ['topics', 'outcomes'] as const)
      m[list].forEach((item, k) =>
        check(['meetings', i, list, k], item.trim() === '', 'pressRelease.emptyItem'),
      );
  });
  draft.events.forEach((e, i) => {
    check(['events', i, 'title'], e.title.trim() === '', 'pressRelease.noTitle');
    date(['events', i, 'date'], e.date);
  });
  return problems;
}
