import { useEffect } from 'react';
import { fileNameOf } from '../fileNameOf.js';
import { t } from '../messages.js';

/**
 * Which archive file is open, in the header and in the page's title, so that a second archive
 * (in another window, or served again with another --db) is never taken for the first. The full
 * path shows on hover.
 */
export function ArchiveFileName({ path }: { path: string | undefined }) {
  const name = path ? fileNameOf(path) : undefined;
  useEffect(() => {
    document.title = name ? t('archiveFiles.pageTitle', { name }) : t('app.name');
  }, [name]);
  if (!path || !name) return null;
  return (
    <p className="archive-file" title={path}>
      <span className="visually-hidden">{t('archiveFiles.fileLabel')} </span>
      {name}
    </p>
  );
}
