import type { PressReleaseDraft } from '../../db/api.js';

export type Draft = PressReleaseDraft;
/** Where a value sits in the draft: `['meetings', 0, 'participants', 1, 'title']`. */
export type DraftPath = readonly (string | number)[];

/** The path as the extractor names it in `unsure` ("meetings.0.participants.1.title"). */
export function pathKey(path: DraftPath): string {
  return path.join('.');
}

type Node = Record<string | number, unknown> | unknown[];

function update(node: unknown, path: DraftPath, change: (value: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(node);
  const copy: Node = Array.isArray(node) ? [...(node as unknown[])] : { ...(node as object) };
  (copy as Record<string | number, unknown>)[head] = update(
    (node as Record<string | number, unknown>)[head],
    rest,
    change,
  );
  return copy;
}

/**
 * The draft's guesses (`unsure`) and evidence (`spans`) under `list.index` renumbered by
 * `renumber` (null drops), so that they follow their items when a list changes.
 */
function renumbered(
  draft: Draft,
  list: DraftPath,
  renumber: (index: number) => number | null,
): Pick<Draft, 'unsure' | 'spans'> {
  const prefix = `${pathKey(list)}.`;
  const move = (key: string): string | null => {
    if (!key.startsWith(prefix)) return key;
    const [index, ...rest] = key.slice(prefix.length).split('.');
    const moved = renumber(Number(index));
    return moved === null ? null : [`${prefix}${moved}`, ...rest].join('.');
  };
  const unsure = draft.unsure.flatMap((key) => move(key) ?? []);
  if (!draft.spans) return { unsure };
  const spans = Object.fromEntries(
    Object.entries(draft.spans).flatMap(([key, found]) => {
      const to = move(key);
      return to === null ? [] : [[to, found]];
    }),
  );
  return { unsure, spans };
}

/**
 * The draft with one value changed. An edited field is no longer the extractor's guess; a
 * renamed person or organisation is no longer the one the archive matched.
 */
export function withValue(draft: Draft, path: DraftPath, value: unknown): Draft {
  let next = update(draft, path, () => value) as Draft;
  const field = path.at(-1);
  const owner = path.slice(0, -1);
  const named =
    (path[0] === 'meetings' && path[2] === 'participants') ||
    (path[0] === 'visit' && path[1] === 'traveller' && path.length === 3);
  if (named) {
    const drop =
      field === 'name'
        ? ['person_id', 'person_match', 'person_choices']
        : field === 'organisation' || field === 'department'
          ? ['organisation_id']
          : [];
    if (drop.length > 0)
      next = update(next, owner, (p) => {
        const copy = { ...(p as Record<string, unknown>) };
        for (const key of drop) delete copy[key];
        return copy;
      }) as Draft;
  }
  const key = pathKey(path);
  // The places and the traveller are guessed as a whole: any edit of theirs settles the guess.
  const whole = path[0] === 'visit' && (path[1] === 'places' || path[1] === 'traveller');
  const settled = whole ? `visit.${String(path[1])}` : key;
  return { ...next, unsure: next.unsure.filter((u) => u !== key && u !== settled) };
}

/** The draft with an item added at the end of a list. */
export function withItem(draft: Draft, list: DraftPath, item: unknown): Draft {
  return update(draft, list, (items) => [...(items as unknown[]), item]) as Draft;
}

/** The draft without one item of a list; the guesses about the others follow them. */
export function withoutItem(draft: Draft, list: DraftPath, index: number): Draft {
  const next = update(draft, list, (items) =>
    (items as unknown[]).filter((_, i) => i !== index),
  ) as Draft;
  return {
    ...next,
    ...renumbered(next, list, (i) => (i === index ? null : i > index ? i - 1 : i)),
  };
}

/** The draft with an item moved one place up (-1) or down (+1) in its list. */
export function withMoved(draft: Draft, list: DraftPath, index: number, by: -1 | 1): Draft {
  const to = index + by;
  let inside = false;
  const next = update(draft, list, (items) => {
    const copy = [...(items as unknown[])];
    inside = to >= 0 && to < copy.length;
    if (inside) [copy[index], copy[to]] = [copy[to], copy[index]];
    return copy;
  }) as Draft;
  if (!inside) return draft;
  return { ...next, ...renumbered(next, list, (i) => (i === index ? to : i === to ? index : i)) };
}

/** Whether the extractor marked a field as a guess that no one has edited since. */
export function isUnsure(draft: Draft, path: DraftPath): boolean {
  return draft.unsure.includes(pathKey(path));
}

export const emptyMeeting = (): Draft['meetings'][number] => ({
  date: null,
  venue: null,
  participants: [],
  topics: [],
  outcomes: [],
  atmosphere: null,
});

export const emptyParticipant = (): Draft['meetings'][number]['participants'][number] => ({
  name: '',
  title: null,
  organisation: null,
  department: null,
  country: null,
});

export const emptyEvent = (): Draft['events'][number] => ({ title: '', date: null, place: null });

/** The value at a path of the draft. */
export function valueAt(draft: Draft, path: DraftPath): unknown {
  let node: unknown = draft;
  for (const step of path) node = (node as Record<string | number, unknown> | null)?.[step];
  return node;
}
