import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type DataRouter } from 'react-router';
import type { EcrfBridge } from '../../shared/bridge';
import { PlatformProvider } from '../platform';

export interface AppProps {
  readonly bridge: EcrfBridge;
  readonly i18n: i18n;
  readonly router: DataRouter;
}

/** The shell: platform, language and router. Everything else lives in features/. */
export function App({ bridge, i18n, router }: AppProps) {
  return (
    <PlatformProvider bridge={bridge}>
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>
    </PlatformProvider>
  );
}
