import { t } from '../messages.js';
import { legendEntries } from './legendEntries.js';

/** What the colours and shapes mean, in the same words as the exports. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label={t('timeline.legend')}>
      {legendEntries().map((entry) => (
        <li key={entry.label}>
          <span
            className={`timeline-swatch timeline-swatch-${entry.shape}`}
            style={{ background: entry.fill, borderColor: entry.stroke }}
            aria-hidden="true"
          />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
