import { t } from '../messages.js';
import { undoChange } from './changeCommands.js';
import { dismissNotice, noticeText, useNotice } from './notices.js';
import { useLanguage } from '../language/interfaceLanguage.js';
import '../styles/trash.css';

/**
 * The message about the last change, at the foot of the window, with Undo for a change just
 * made. The live region is always there, so that screen readers announce each new message.
 * The message is put into words here, so a switch of language rewords the one on screen.
 */
export function ChangeNotice() {
  useLanguage();
  const notice = useNotice();
  return (
    <div className="change-notice-region">
      <div role="status" aria-live="polite">
        {notice && !notice.error ? (
          <div className="change-notice" key={notice.id}>
            <p>{noticeText(notice)}</p>
            {notice.undo ? (
              <button type="button" onClick={() => void undoChange()}>
                {t('notice.undo')}
              </button>
            ) : null}
            <button type="button" className="notice-dismiss" onClick={dismissNotice}>
              {t('notice.dismiss')}
            </button>
          </div>
        ) : null}
      </div>
      {notice?.error ? (
        <div className="change-notice is-error" role="alert" key={notice.id}>
          <p>{noticeText(notice)}</p>
          <button type="button" className="notice-dismiss" onClick={dismissNotice}>
            {t('notice.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
