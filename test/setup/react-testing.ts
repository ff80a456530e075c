import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default. Pages here load through IndexedDB (fake-indexeddb) and
// live queries, which on a loaded 2-core CI machine can take longer than that: wait up to 5 s. This only
// changes how long a test waits for something to appear, never what it expects.
configure({ asyncUtilTimeout: 5_000 });

// Vitest runs without globals, so React Testing Library cannot register its own cleanup: unmount every
// rendered tree after each test, and reset what the app writes on <html> (lang, title).
afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('lang');
  document.title = '';
});
