import { ipcMain } from 'electron';
import { currentLanguage, isLanguage, setLanguage } from '../i18n/language.js';
import { checkSender } from './checkSender.js';
import { LANGUAGE_GET_CHANNEL, LANGUAGE_SET_CHANNEL } from './languageChannel.js';
import { saveLanguage } from './languageSetting.js';

/**
 * Answers the window's language questions, for the app's own page only. A switch changes the
 * main process's language too (menus and dialogs), is kept in the settings file, and `changed`
 * rebuilds what shows text already.
 */
export function hostLanguage(file: () => string, changed: () => void): void {
  ipcMain.on(LANGUAGE_GET_CHANNEL, (event) => {
    event.returnValue = currentLanguage();
  });
  ipcMain.on(LANGUAGE_SET_CHANNEL, (event, language: unknown) => {
    if (checkSender(event.senderFrame?.url) || !isLanguage(language)) return;
    setLanguage(language);
    try {
      saveLanguage(file(), language);
    } catch {
      // A profile that cannot be written still switches; the next start follows the system.
    }
    changed();
  });
}
