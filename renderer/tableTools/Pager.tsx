import { t } from '../messages.js';

export interface PagerProps {
  /** Position of the first row shown, counting from 0. */
  offset: number;
  shown: number;
  total: number | null;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  controls: string;
}

/**
 * Where the shown rows sit among all matching records, and buttons to the pages around them: for
 * short lists that page (the trash); record tables scroll instead (RecordGrid).
 */
export function Pager(props: PagerProps) {
  const { offset, shown, total, canPrevious, canNext, onPrevious, onNext, controls } = props;
  const first = shown === 0 ? 0 : offset + 1;
  const last = offset + shown;
  const info =
    shown === 0 && total !== null
      ? t('table.pageInfoEmpty', { total })
      : total === null
        ? t('table.pageInfoCounting', { first, last })
        : t('table.pageInfo', { first, last, total });
  return (
    <nav className="pager" aria-label={t('table.pager')}>
      <span className="pager-info" role="status" aria-live="polite">
        {info}
      </span>
      <button type="button" aria-controls={controls} disabled={!canPrevious} onClick={onPrevious}>
        {t('table.previous')}
      </button>
      <button type="button" aria-controls={controls} disabled={!canNext} onClick={onNext}>
        {t('table.next')}
      </button>
    </nav>
  );
}
