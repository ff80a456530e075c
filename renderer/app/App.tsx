import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type DataRouter } from 'react-router';
import type { EcrfBridge } from '../../shared/bridge';
import { PlatformProvider } from '../platform';
import { ProtocolsProvider, SessionProvider, StoreProvider, type BuiltInLoad, type StoreGate } from './providers';
import type { StorageApi } from '../db';
import { StorageHealthProvider } from './storage/StorageHealthProvider';

export interface AppProps {
  readonly bridge: EcrfBridge;
  readonly i18n: i18n;
  readonly router: DataRouter;
  /** The store, opened once at start-up (`createStoreGate()`). */
  readonly store: StoreGate;
  /** Parsed built-in protocols (default: the shipped seeds). */
  readonly builtInProtocols?: BuiltInLoad;
  /** The browser's storage manager (default: navigator.storage); tests pass a fake. */
  readonly storageApi?: StorageApi | undefined;
}

/** The shell: platform, language, store, session, protocols and router. Everything else lives in features/. */
export function App({ bridge, i18n, router, store, builtInProtocols, storageApi }: AppProps) {
  return (
    <PlatformProvider bridge={bridge}>
      <I18nextProvider i18n={i18n}>
        <StoreProvider gate={store}>
          <StorageHealthProvider storage={storageApi}>
            <SessionProvider>
              <ProtocolsProvider {...(builtInProtocols === undefined ? {} : { builtIn: builtInProtocols })}>
                <RouterProvider router={router} />
              </ProtocolsProvider>
            </SessionProvider>
          </StorageHealthProvider>
        </StoreProvider>
      </I18nextProvider>
    </PlatformProvider>
  );
}
