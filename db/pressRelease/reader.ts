/** What reading a press release into a draft needs, loaded together when the first one is read. */
export { localDay } from './draft.js';
export { extractDraft } from './extractDraft.js';
export { matchDraft } from './matchDraft.js';
export { docxText } from './readPressRelease.js';
