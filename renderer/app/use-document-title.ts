import { useEffect } from 'react';

/** Keeps the window title (and the task bar entry) in step with the page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
