import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusPageHeading } from '../ui';

/**
 * After an in-app navigation (not the first render), moves focus to the new page's heading, so keyboard and
 * screen-reader users start at the content instead of being left on the link they used.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusPageHeading(document);
  }, [pathname]);
}
