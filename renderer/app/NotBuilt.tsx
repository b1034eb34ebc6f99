import { t } from '../messages.js';

/** An honest note for a section that this version does not have yet. */
export function NotBuilt({ section }: { section: string }) {
  return (
    <div className="not-built">
      <h2>{t('notBuilt.title')}</h2>
      <p>{t('notBuilt.body', { section })}</p>
    </div>
  );
}
