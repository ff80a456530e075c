import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';
import { DEFAULT_LANGUAGE, HTML_LANG, LANGUAGES, isLanguage, readStoredLanguage, storeLanguage, type LanguageStorage } from './languages';

export interface I18nOptions {
  /** Where the language choice persists; `localStorage` in the app. */
  readonly storage?: LanguageStorage;
  /** Whose `<html lang>` follows the language; `document` in the app. */
  readonly document?: Document;
}

/**
 * A fresh i18next instance with both languages bundled (no back end, no network), starting in the stored
 * language or English. Changing the language stores it and updates `<html lang>`.
 */
export function createI18n(options: I18nOptions = {}): i18n {
  const instance = createInstance();
  const follow = (language: string): void => {
    if (!isLanguage(language)) return;
    storeLanguage(options.storage, language);
    if (options.document) options.document.documentElement.lang = HTML_LANG[language];
  };
  instance.on('languageChanged', follow);
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: readStoredLanguage(options.storage),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
