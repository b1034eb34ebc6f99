import type { TimelineSummary, TimelineSummaryInput } from '../../db/api.js';
import { archive } from '../api.js';
import { onArchiveChange } from '../archiveVersion.js';
import { getTableState } from '../tableTools/tableStateStore.js';
import { timelineQuery } from './timelineQuery.js';

/**
 * The latest timeline summary asked, kept until this window changes the archive. The counts are
 * a few KB: asked once while the window is idle, they let the timeline draw its first picture
 * on the first frame after it opens instead of after a round trip to the archive.
 */
let kept: { key: string; answer: Promise<TimelineSummary> } | null = null;

// Listeners of a change run before the views ask again, so no view is given the old counts.
onArchiveChange(() => {
  kept = null;
});

export function askTimelineSummary(input: TimelineSummaryInput): Promise<TimelineSummary> {
  const key = JSON.stringify(input);
  if (kept?.key === key) return kept.answer;
  const entry = { key, answer: archive.timelineSummary(input) };
  kept = entry;
  // A failed answer is not kept: the next ask tries again.
  entry.answer.catch(() => {
    if (kept === entry) kept = null;
  });
  return entry.answer;
}

/** The timeline's counts for the shared visits query, asked when the window has nothing to do. */
export function prefetchTimelineSummary(): () => void {
  const ask = () => {
    const { where, search } = getTableState('visits');
    void askTimelineSummary({ query: timelineQuery({ where, search }), lanes: 'country' }).catch(
      () => undefined,
    );
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(ask, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(ask, 500);
  return () => clearTimeout(id);
}
