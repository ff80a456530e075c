import { useLanguage } from '../../i18n';

export interface BilingualText {
  readonly en: string;
  readonly zh: string;
}

/** Picks the current language's side of a protocol or catalogue label. */
export function useBilingual(): (text: BilingualText) => string {
  const [language] = useLanguage();
  return (text) => text[language];
}
