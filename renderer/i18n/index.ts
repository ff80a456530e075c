export { createI18n, type I18nOptions } from './create-i18n';
export { useLanguage } from './use-language';
export { LANGUAGES, LANGUAGE_STORAGE_KEY, HTML_LANG, DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
export type { Messages } from './messages';
