import { useTranslation } from 'react-i18next';
import { TrainingBanner } from '../features/training/TrainingBanner';
import { useDatabase } from './providers/use-database';
import { SessionMenu } from './session/SessionMenu';
import { usePageTitle } from './use-page-title';

/**
 * The banner: the application's name, the page the user is on, and who is signed in (with Lock and Sign out).
 * On the training database it takes the training colour and carries the training banner.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const pageTitle = usePageTitle();
  const { training } = useDatabase();
  return (
    <header className={training ? 'app-header app-header--training' : 'app-header'}>
      <TrainingBanner />
      <span className="app-header__name">{t('app.name')}</span>
      <span className="app-header__separator" aria-hidden="true">
        ›
      </span>
      <p className="app-header__where">
        <span className="visually-hidden">{t('app.breadcrumb')}: </span>
        {pageTitle}
      </p>
      <div className="app-header__session">
        <SessionMenu />
      </div>
    </header>
  );
}
