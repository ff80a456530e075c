/** The UI languages, the one storage key that remembers the choice, and the `<html lang>` of each. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'ecrf.language';

/** BCP 47 tags for `<html lang>`: Simplified Chinese as used in mainland hospitals. */
export const HTML_LANG: Readonly<Record<Language, string>> = { en: 'en', zh: 'zh-CN' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The minimal storage the language choice needs (`localStorage` in the app, a stub in tests). */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function readStoredLanguage(storage: LanguageStorage | undefined): Language {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled by browser policy: fall back to the default instead of failing start-up.
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(storage: LanguageStorage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered across restarts; the current session still switches.
  }
}
