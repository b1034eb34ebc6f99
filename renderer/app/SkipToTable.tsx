import type { MouseEvent } from 'react';
import { t } from '../messages.js';

/**
 * The first stop of the Tab key: a link, shown when it has the focus, that takes the focus to
 * the open section's table (its current cell), past the header, the tabs and the tools a
 * keyboard user would otherwise cross. A section without a table gets the focus on its panel.
 */
export function SkipToTable() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const panel = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
    const cell = panel?.querySelector<HTMLElement>('[role="grid"] tbody [tabindex="0"]');
    if (cell) {
      cell.focus();
    } else if (panel) {
      panel.tabIndex = -1;
      panel.focus();
    }
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      {t('app.skipToTable')}
    </a>
  );
}
