import type { RefObject } from 'react';
import type { TimelineData } from '../../db/api.js';
import { formatDateRange } from '../formatDate.js';
import { t } from '../messages.js';
import { dayToDate } from './days.js';
import { drawTimeline } from './drawTimeline.js';
import { drawExportHeader, exportLegend, type ExportInfo } from './exportHeader.js';
import type { Frame } from './timelineFrame.js';
import { timelineSvg } from './timelineSvg.js';

/** The renderer makes the file and hands it to the browser as a download: no path crosses over. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function period(frame: Frame): string {
  const day = (d: number) => dayToDate(d).toISOString().slice(0, 10);
  return formatDateRange(day(frame.from), day(frame.to - 1));
}

/** PNG and SVG of the view as it is on screen, with its title, filter in words and legend. */
export function TimelineExport(props: {
  frame: RefObject<Frame | null>;
  data: TimelineData;
  labels: readonly string[];
  filter: string;
  laneMode: string;
}) {
  const { frame, data, labels, filter, laneMode } = props;
  const info = (f: Frame): ExportInfo => ({ filter, laneMode, period: period(f) });
  const stamp = () => new Date().toISOString().slice(0, 10);

  const png = () => {
    const f = frame.current;
    if (!f) return;
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = f.width * scale;
    const header = exportLegend(f.width).height;
    canvas.height = (f.height + header) * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(scale, scale);
    drawExportHeader(ctx, f.width, info(f));
    ctx.translate(0, header);
    drawTimeline(ctx, f, data, labels);
    canvas.toBlob((blob) => {
      if (blob) download(blob, `timeline-${stamp()}.png`);
    }, 'image/png');
  };

  const svg = () => {
    const f = frame.current;
    if (!f) return;
    const text = timelineSvg(f, data, labels, info(f));
    download(new Blob([text], { type: 'image/svg+xml' }), `timeline-${stamp()}.svg`);
  };

  return (
    <div className="timeline-export" role="group" aria-label={t('timeline.export')}>
      <button type="button" onClick={png}>
        {t('timeline.exportPng')}
      </button>
      <button type="button" onClick={svg}>
        {t('timeline.exportSvg')}
      </button>
    </div>
  );
}
