/**
 * Where the window finds the app's own pages: a privileged custom scheme instead of file://
 * (Electron's security checklist, "Use a custom protocol instead of file://"). A file:// page
 * may read any local file its URL names; a page on this origin sees only the built renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'archive';
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
