import { render, type RenderResult } from '@testing-library/react';
import type { i18n } from 'i18next';
import { createMemoryRouter } from 'react-router';
import type { EcrfBridge } from '../../../../shared/bridge';
import { App } from '../../../../renderer/app/App';
import { appRoutes } from '../../../../renderer/app/routes';
import { createI18n } from '../../../../renderer/i18n';
import { fakeBridge } from './fake-bridge';
import { memoryStorage } from './memory-storage';

export interface RenderAppOptions {
  readonly bridge?: EcrfBridge;
  readonly storage?: ReturnType<typeof memoryStorage>;
}

/** The whole app (real routes, real i18n) at `path`, with a fake platform and its own language storage. */
export function renderApp(path: string, options: RenderAppOptions = {}): RenderResult & { i18n: i18n; storage: ReturnType<typeof memoryStorage> } {
  const storage = options.storage ?? memoryStorage();
  const i18n = createI18n({ storage, document });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const result = render(<App bridge={options.bridge ?? fakeBridge()} i18n={i18n} router={router} />);
  return Object.assign(result, { i18n, storage });
}
