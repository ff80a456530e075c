import { useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentTitle } from './route-handle';

/** The current page's title in the current language (from the matched route's handle). */
export function usePageTitle(): string {
  const { t } = useTranslation();
  return currentTitle(useMatches(), t) ?? t('app.name');
}
