import { useCallback, useId, useMemo, useRef, useState } from 'react';
import {
  VISIT,
  type Query,
  type Row,
  type TimelineData,
  type TimelineSummary,
} from '../../db/api.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { t } from '../messages.js';
import { useArchive } from '../app/useArchive.js';
import { VisitPanel } from '../visits/VisitPanel.js';
import { useVisitsQuery } from '../visits/visitsQuery.js';
import { describeQuery } from './describeQuery.js';
import { laneLabel } from './laneLabel.js';
import { LANE_MODES, layoutLanes, type LaneMode } from './layoutLanes.js';
import { TimelineCanvas } from './TimelineCanvas.js';
import { TimelineExport } from './TimelineExport.js';
import { TimelineFilters } from './TimelineFilters.js';
import type { Frame } from './timelineFrame.js';
import { TimelineLegend } from './TimelineLegend.js';
import { summaryLanes } from './summaryLanes.js';
import { timelineQuery } from './timelineQuery.js';
import { askTimelineSummary } from './timelineSummaryStore.js';
import { useTimelineDetail } from './useTimelineDetail.js';

function visitRow(data: TimelineData, index: number): Row | null {
  const v = data.visits[index];
  if (!v) return null;
  return {
    id: v[VISIT.id],
    title: v[VISIT.title],
    city: v[VISIT.city],
    country: v[VISIT.country],
    traveller: v[VISIT.traveller],
    start_date: v[VISIT.lo],
    end_date: v[VISIT.hi],
    status: v[VISIT.status],
  };
}

/** The Timeline screen: the visits of the shared visits query, drawn in time, in lanes. */
export function TimelineSection() {
  const laneId = useId();
  const shared = useVisitsQuery();
  const { where, search } = shared;
  const [mode, setMode] = useState<LaneMode>('country');
  const [open, setOpen] = useState<Row | null>(null);
  const frame = useRef<Frame | null>(null);
  const query = useMemo<Query>(() => timelineQuery({ where, search }), [where, search]);
  // Counts first, in a few KB; the visits of the view follow (useTimelineDetail).
  const byLane = mode === 'region' ? 'country' : mode;
  const answer = useArchive<TimelineSummary>(
    () => {
      // The parts of the first picture, apart, for the benchmark and the performance panel.
      performance.mark('timeline-summary-asked');
      return askTimelineSummary({ query, lanes: byLane }).then((value) => {
        performance.mark('timeline-summary-answered');
        return value;
      });
    },
    JSON.stringify([query, byLane]),
  );
  const summary = answer.value;
  const lanes = useMemo(
    () => (summary ? summaryLanes(summary, mode, (key) => laneLabel(mode, key)) : null),
    [summary, mode],
  );
  const { detail, onSettle } = useTimelineDetail(query, lanes);
  const data = useMemo<TimelineData | undefined>(
    () =>
      summary
        ? {
            visits: detail?.data.visits ?? [],
            // Many events come with the visits of a period, not with the counts.
            events: detail ? detail.data.events : summary.events,
            undated: summary.undated,
            truncated: detail?.data.truncated ?? false,
          }
        : undefined,
    [summary, detail],
  );
  const layout = useMemo(() => {
    if (!data || !lanes) return null;
    const label = (key: string) => laneLabel(mode, key);
    // The summary's period and lanes, whatever part of it the visits at hand cover.
    return {
      ...layoutLanes(data.visits, mode, label, lanes.keys),
      first: lanes.first,
      last: lanes.last,
    };
  }, [data, lanes, mode]);
  const labels = useMemo(
    () => layout?.lanes.map((lane) => laneLabel(mode, lane.key)) ?? [],
    [layout, mode],
  );
  const filter = describeQuery(query);
  const onFrame = useCallback((f: Frame) => (frame.current = f), []);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="timeline-section">
      <div className="timeline-toolbar">
        <TimelineFilters query={shared} />
        <label htmlFor={laneId}>{t('timeline.lanes')}</label>
        <select
          id={laneId}
          value={mode}
          onChange={(event) => setMode(event.target.value as LaneMode)}
        >
          {LANE_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`timeline.lanes.${m}`)}
            </option>
          ))}
        </select>
        {data && layout ? (
          <TimelineExport
            frame={frame}
            data={data}
            labels={labels}
            filter={filter}
            laneMode={t(`timeline.lanes.${mode}`)}
          />
        ) : null}
      </div>
      <p className="timeline-filter">
        <span>{filter}</span>{' '}
        {data ? (
          <span className="muted" data-testid="timeline-count">
            {t('timeline.count', { count: summary?.total ?? 0 })}
            {data.undated ? ` ${t('timeline.undated', { count: data.undated })}` : ''}
            {data.truncated ? ` ${t('timeline.truncated')}` : ''}
          </span>
        ) : null}
      </p>
      {answer.error ? (
        <ErrorAlert
          message={answer.error}
          actionLabel={t('errors.retry')}
          onDismiss={answer.retry}
        />
      ) : null}
      {!data || !layout ? (
        <p className="muted">{t('timeline.loading')}</p>
      ) : !summary || summary.total === 0 ? (
        <p className="muted">
          {search || where.length > 0 ? t('timeline.noMatch') : t('timeline.empty')}
        </p>
      ) : (
        <>
          <TimelineLegend />
          <TimelineCanvas
            data={data}
            layout={layout}
            labels={labels}
            description={t('timeline.canvasLabel', {
              count: summary.total,
              lanes: t(`timeline.lanes.${mode}`),
              filter,
            })}
            today={today}
            onOpen={(i) => setOpen(visitRow(data, i))}
            onFrame={onFrame}
            summary={detail?.range === null ? null : lanes}
            covered={detail?.range ?? null}
            onSettle={onSettle}
          />
        </>
      )}
      {open ? <VisitPanel key={String(open.id)} row={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
