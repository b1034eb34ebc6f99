import type { Draft } from './draftEdit.js';

export type EvidenceKind = 'person' | 'place' | 'date' | 'topic' | 'other';

/** A stretch of the release's text, marked when a field of the draft was read from it. */
export interface EvidenceSegment {
  start: number;
  text: string;
  kind: EvidenceKind | null;
  /** The fields read from these words ("meetings.0.participants.1.name"). */
  paths: string[];
}

/** What kind of value a field holds, for the colour and the words of its mark. */
export function evidenceKind(path: string): EvidenceKind {
  if (/(?:participants\.\d+|traveller)\.name$/.test(path)) return 'person';
  if (/^visit\.places\./.test(path)) return 'place';
  if (/date$/.test(path)) return 'date';
  if (/\.topics\.\d+$/.test(path)) return 'topic';
  return 'other';
}

/**
 * The text cut where marks begin and end. Marks do not nest: where two fields were read from
 * overlapping words, the one that starts first (the longer, when both start together) is drawn,
 * and both are named, so focusing either field shows it.
 */
export function evidenceSegments(draft: Draft): EvidenceSegment[] {
  const text = draft.source;
  const marks = Object.entries(draft.spans ?? {})
    .flatMap(([path, spans]) => spans.map(([start, end]) => ({ path, start, end })))
    .filter((m) => m.start < m.end && m.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EvidenceSegment[] = [];
  let at = 0;
  for (const mark of marks) {
    const last = out.at(-1);
    if (mark.start < at) {
      if (last?.kind && mark.start >= last.start) last.paths.push(mark.path);
      continue;
    }
    if (mark.start > at)
      out.push({ start: at, text: text.slice(at, mark.start), kind: null, paths: [] });
    out.push({
      start: mark.start,
      text: text.slice(mark.start, mark.end),
      kind: evidenceKind(mark.path),
      paths: [mark.path],
    });
    at = mark.end;
  }
  if (at < text.length) out.push({ start: at, text: text.slice(at), kind: null, paths: [] });
  return out;
}
