import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so React Testing Library cannot register its own cleanup: unmount every
// rendered tree after each test, and reset what the app writes on <html> (lang, title).
afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('lang');
  document.title = '';
});
