import { Outlet } from 'react-router';
import { useAutomaticBackup } from '../features/bundles';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';
import { StatusBar } from './StatusBar';
import { useDocumentTitle } from './use-document-title';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { usePageTitle } from './use-page-title';
import './layout.css';

/** The frame around every page: banner, navigation, the page itself, status bar. */
export function Layout() {
  const { t } = useTranslation();
  const pageTitle = usePageTitle();
  useDocumentTitle(`${pageTitle} · ${t('app.name')}`);
  useFocusOnNavigation();
  useAutomaticBackup();
  return (
    <div className="layout">
      <SkipLink />
      <AppHeader />
      <MainNav />
      <main id="main-content" className="layout__main">
        <Outlet />
      </main>
      <StatusBar />
    </div>
  );
}
