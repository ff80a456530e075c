import { useEffect } from 'react';
import { useNavigate } from 'react-router';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Keys 1–9 open the first nine addresses, from anywhere on the page except while typing in a field
 * (and without modifier keys, so browser and screen-reader shortcuts keep working).
 */
export function useDigitShortcuts(paths: readonly string[]): void {
  const navigate = useNavigate();
  const key = paths.slice(0, 9).join('\n');
  useEffect(() => {
    const targets = key === '' ? [] : key.split('\n');
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof HTMLElement && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      if (!/^[1-9]$/.test(event.key)) return;
      const path = targets[Number(event.key) - 1];
      if (path === undefined) return;
      event.preventDefault();
      void navigate(path);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [key, navigate]);
}
