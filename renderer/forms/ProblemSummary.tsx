import type { MouseEvent, Ref } from 'react';
import type { ProblemDetail } from '../../db/api.js';
import { t } from '../messages.js';
import { fieldDomId, problemField } from './problemField.js';

/** Moves focus to a field named in the summary: its own input, or the first one inside it. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const focusable = target.matches('input, select, textarea')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea, button');
  focusable?.focus();
}

/**
 * Every problem of the form at its top, each a link to its field, so that a refused save says
 * at once how much there is to fix and where.
 */
export function ProblemSummary({
  formId,
  problems,
  fields,
  ref,
}: {
  formId: string;
  problems: readonly ProblemDetail[];
  fields: readonly string[];
  ref?: Ref<HTMLDivElement>;
}) {
  const headingId = `${formId}-summary`;
  if (problems.length === 0) return null;
  return (
    <div
      ref={ref}
      className="problem-summary"
      role="region"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <p id={headingId} className="problem-summary-heading">
        {t('forms.problems', { count: problems.length })}
      </p>
      <ul>
        {problems.map((problem, index) => {
          const key = problemField(problem.path, fields);
          const id = fieldDomId(formId, key);
          return (
            <li key={index}>
              {key ? (
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {problem.message}
                </a>
              ) : (
                problem.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
