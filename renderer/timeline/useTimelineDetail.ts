import { useCallback, useEffect, useRef, useState } from 'react';
import type { Query, TimelineData } from '../../db/api.js';
import { archive } from '../api.js';
import { dayToDate } from './days.js';
import { covers, detailRange, DETAIL_MOST, REACH_BACK_DAYS, type DayRange } from './detailRange.js';
import type { SummaryLanes } from './summaryLanes.js';

/** The visits fetched for a period (every visit when `range` is null). */
export interface Detail {
  range: DayRange | null;
  data: TimelineData;
}

const iso = (day: number) => dayToDate(Math.floor(day)).toISOString().slice(0, 10);

/**
 * The visits the timeline draws one by one: all of them when the summary counts few, otherwise
 * those of the period a reader settles on, asked for again as the view moves beyond it. An answer
 * for a view the reader has already left is dropped.
 */
export function useTimelineDetail(
  query: Query,
  lanes: SummaryLanes | null,
): { detail: Detail | null; onSettle: (from: number, to: number) => void } {
  const [detail, setDetail] = useState<Detail | null>(null);
  const asked = useRef(0);
  const wanted = useRef<DayRange | null | undefined>(undefined);
  const view = useRef<DayRange | null>(null);
  // The same filters may come as a new object on each render: the question is its text.
  const key = JSON.stringify(query);
  const current = useRef(query);
  current.current = query;

  const fetch = useCallback(
    (range: DayRange | null) => {
      const id = ++asked.current;
      wanted.current = range;
      const query = current.current;
      const where = range
        ? [
            ...(query.where ?? []),
            {
              field: 'start_date',
              op: 'between' as const,
              value: [iso(range.from - REACH_BACK_DAYS), iso(range.to)],
            },
          ]
        : query.where;
      archive.timeline({ ...query, ...(where ? { where } : {}) }).then(
        (data) => {
          if (id === asked.current) setDetail({ range, data });
        },
        // The counts stay drawn; the next settled view asks again.
        () => {
          if (id === asked.current) wanted.current = undefined;
        },
      );
    },
    // `key` names the query; `current` holds its latest object.
    [key],
  );

  const settle = useCallback(
    (from: number, to: number) => {
      view.current = { from, to };
      if (!lanes || lanes.total <= DETAIL_MOST) return;
      const now = { from, to };
      if (wanted.current !== undefined && covers(wanted.current, now)) return;
      const range = detailRange(lanes, now);
      if (range) fetch(range);
      else {
        // Too many to draw apart: forget what was asked, so that the counts are drawn.
        asked.current += 1;
        wanted.current = undefined;
      }
    },
    [lanes, fetch],
  );

  // A new summary (another query, or the archive changed): what was fetched may be out of date.
  useEffect(() => {
    asked.current += 1;
    wanted.current = undefined;
    setDetail(null);
    if (!lanes) return;
    if (lanes.total <= DETAIL_MOST) fetch(null);
    else if (view.current) settle(view.current.from, view.current.to);
  }, [lanes, fetch, settle]);

  return { detail, onSettle: settle };
}
