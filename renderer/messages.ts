/** The catalog lives in i18n/, shared with the archive; screens keep importing it from here. */
export {
  currentLanguage,
  formatNumber,
  hasMessage,
  onLanguageChange,
  sentenceOf,
  setLanguage,
  t,
  type MessageKey,
  type MessageParams,
  type MessageRef,
} from '../i18n/messages.js';
