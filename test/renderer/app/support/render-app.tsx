import { render, type RenderResult } from '@testing-library/react';
import type { i18n } from 'i18next';
import { createMemoryRouter } from 'react-router';
import type { EcrfBridge } from '../../../../shared/bridge';
import { App } from '../../../../renderer/app/App';
import { createStoreGate, setSessionState, type StoreGate } from '../../../../renderer/app/providers';
import { appRoutes } from '../../../../renderer/app/routes';
import { openStore, setSetting, type StorageApi, type Store } from '../../../../renderer/db';
import { createI18n } from '../../../../renderer/i18n';
import { seedAccounts, signInAs, type TestPerson } from './accounts';
import { fakeBridge } from './fake-bridge';
import { memoryStorage } from './memory-storage';

export interface RenderAppOptions {
  readonly bridge?: EcrfBridge;
  readonly storage?: ReturnType<typeof memoryStorage>;
  /**
   * Who is signed in (their account saved and their session open before the app starts); `null` = nobody
   * (first run: no accounts, the site setup screen). Default: a blinded research nurse at site 03.
   */
  readonly user?: Omit<TestPerson, 'userId'> | null;
  /** The laptop's site; `null` = not set yet (first run). Default "03". */
  readonly siteId?: string | null;
  /** Fills the store before the app starts (subjects, protocols…), as that user would. */
  readonly seed?: (store: Store) => Promise<void>;
  /** The clock of the store: "today" for schedules. Default: 2025-03-10 09:00 local time. */
  readonly now?: () => Date;
  /** navigator.storage stand-in; default: persistence granted, plenty of space. */
  readonly storageApi?: StorageApi;
  /** A database name (default: a fresh one per render, so tests never share data). */
  readonly databaseName?: string;
}

let databases = 0;

export const TEST_USER_ID = 'user-nurse-1';
export const DEFAULT_NOW = () => new Date(2025, 2, 10, 9, 0, 0);

export const grantedStorage = (): StorageApi => ({
  persisted: async () => true,
  persist: async () => true,
  estimate: async () => ({ usage: 10 * 1024 * 1024, quota: 10 * 1024 * 1024 * 1024 }),
});

/** Opens a fresh store (fake-indexeddb) with the test user and site saved, then runs `seed`. */
export function testStoreGate(options: RenderAppOptions = {}): StoreGate {
  databases += 1;
  const name = options.databaseName ?? `test-app-${databases}-${Math.random().toString(36).slice(2)}`;
  let ids = 0;
  const user = options.user === undefined ? { displayName: 'Wang Li', role: 'nurse' as const, blinded: true } : options.user;
  // The session is in memory, keyed by the real database's name: each render has its own.
  if (user === null) setSessionState(name, { status: 'signed-out' });
  else signInAs(name, { userId: TEST_USER_ID, ...user });
  return createStoreGate(async (opening) => {
    const opened = await openStore({ name: opening, clock: options.now ?? DEFAULT_NOW, newId: () => `id-${(ids += 1)}-${opening}` });
    if (!opened.ok) return opened;
    const store = opened.value;
    if (opening !== name) return opened;
    if (user !== null) await seedAccounts(store, [{ userId: TEST_USER_ID, ...user }]);
    if (options.siteId !== null) await setSetting(store, 'siteId', options.siteId ?? '03');
    await options.seed?.(store);
    return opened;
  }, { names: { real: name, training: `${name}-training` }, choiceStorage: null });
}

/** The whole app (real routes, real i18n, a fresh store) at `path`, with a fake platform and its own language storage. */
export function renderApp(
  path: string,
  options: RenderAppOptions = {},
): RenderResult & { i18n: i18n; storage: ReturnType<typeof memoryStorage>; gate: StoreGate; router: ReturnType<typeof createMemoryRouter> } {
  const storage = options.storage ?? memoryStorage();
  const i18n = createI18n({ storage, document });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const gate = testStoreGate(options);
  const result = render(
    <App bridge={options.bridge ?? fakeBridge()} i18n={i18n} router={router} store={gate} storageApi={options.storageApi ?? grantedStorage()} />,
  );
  return Object.assign(result, { i18n, storage, gate, router });
}
