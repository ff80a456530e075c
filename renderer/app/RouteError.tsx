import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui';

/** Shown in place of a page that threw while rendering, inside the layout so navigation still works. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <Page title={t('page.error')}>
      <p role="alert">{t('error.body', { message })}</p>
    </Page>
  );
}
