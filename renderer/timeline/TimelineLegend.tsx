import { t } from '../messages.js';
import { legendEntries } from './legendEntries.js';
import { SWATCH_HEIGHT, SWATCH_WIDTH, swatchSvg } from './legendSwatch.js';

/** What the colours and shapes mean, drawn and worded as in the exports. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label={t('timeline.legend')}>
      {legendEntries().map((entry) => (
        <li key={entry.label}>
          <svg
            className="timeline-swatch"
            width={SWATCH_WIDTH}
            height={SWATCH_HEIGHT + 2}
            viewBox={`0 -1 ${SWATCH_WIDTH} ${SWATCH_HEIGHT + 2}`}
            aria-hidden="true"
            // The markup is built from the legend's own constants, never from archive text.
            dangerouslySetInnerHTML={{ __html: swatchSvg(entry, 0, 0) }}
          />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
