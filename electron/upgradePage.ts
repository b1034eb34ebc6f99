import {
  progressFraction,
  progressSentence,
  wholePercent,
  type OpenProgress,
} from '../db/open/openProgress.js';
import { currentLanguage } from '../i18n/language.js';
import { t } from '../i18n/messages.js';

/** The page runs nothing and loads nothing: its text and styles are all inside it. */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The small window's page while an archive is upgraded, in the app's language: the phase as a
 * label over a <progress>, whose value is the backup's or the migration's percent, or none (moving) while a
 * phase says no fraction. A data: address, so the window needs no file and no network.
 */
export function upgradePage(progress: OpenProgress): string {
  const fraction = progressFraction(progress);
  const bar =
    fraction === null
      ? '<progress max="100" aria-labelledby="said"></progress>'
      : `<progress max="100" value="${wholePercent(fraction)}" aria-labelledby="said"></progress>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(currentLanguage())}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">
<title>${escapeHtml(t('upgrade.title'))}</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 20px 24px; color: #1f2328; background: #fff; }
  p { margin: 0 0 12px; }
  progress { width: 100%; height: 16px; }
  .wait { margin-top: 12px; color: #57606a; font-size: 12px; }
</style>
</head>
<body>
<p id="said">${escapeHtml(progressSentence(progress))}</p>
${bar}
<p class="wait">${escapeHtml(t('upgrade.wait'))}</p>
</body>
</html>
`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
