import { LANGUAGES } from '../../i18n/language.js';
import { confirmDiscard } from '../unsavedChanges.js';
import { t } from '../messages.js';
import { chooseLanguage, useLanguage } from './interfaceLanguage.js';

/** A language's name as its own speakers write it ("English", "Русский"), the same in any interface. */
function ownName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/**
 * The interface's languages, the current one pressed. Switching redraws the screens, so open
 * forms with edits are asked about first, as when leaving a section.
 */
export function LanguageSwitch() {
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => {
            if (language !== current && confirmDiscard()) chooseLanguage(language);
          }}
        >
          {ownName(language)}
        </button>
      ))}
    </div>
  );
}
