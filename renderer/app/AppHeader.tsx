import { useTranslation } from 'react-i18next';
import { usePageTitle } from './use-page-title';

/** The banner: the application's name and the page the user is on. */
export function AppHeader() {
  const { t } = useTranslation();
  const pageTitle = usePageTitle();
  return (
    <header className="app-header">
      <span className="app-header__name">{t('app.name')}</span>
      <span className="app-header__separator" aria-hidden="true">
        ›
      </span>
      <p className="app-header__where">
        <span className="visually-hidden">{t('app.breadcrumb')}: </span>
        {pageTitle}
      </p>
    </header>
  );
}
