import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** The current UI language and a setter (which also persists it and updates `<html lang>`). */
export function useLanguage(): readonly [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const change = (language: Language): void => {
    void i18n.changeLanguage(language);
  };
  return [current, change] as const;
}
