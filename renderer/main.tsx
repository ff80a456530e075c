import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { App } from './app/App';
import { createStoreGate } from './app/providers';
import { appRoutes } from './app/routes';
import { createI18n } from './i18n';
import { platformAtStartup } from './platform';
import './ui/ui.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App
      bridge={platformAtStartup()}
      i18n={createI18n({ storage: window.localStorage, document })}
      router={createHashRouter(appRoutes)}
      store={createStoreGate()}
    />
  </StrictMode>,
);
