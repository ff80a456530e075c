import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router';
import type { VisitSaver } from '../../forms';

/**
 * Never lose a value when the page goes away:
 * - hidden (another window, the laptop lid, a tab switch) or being unloaded: everything pending is
 *   written at once (no dialog can be shown then);
 * - closing or reloading with values not stored: the browser asks first;
 * - leaving the visit in the app: pending values are written (asking for a reason where one is needed);
 *   if some still cannot be stored, the nurse chooses to stay (default) or to leave them behind.
 */
export function useLeaveGuard(saver: VisitSaver) {
  useEffect(() => {
    const flush = () => void saver.flushAll({ interactive: false });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      flush();
      if (saver.unsaved().length > 0) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [saver]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && saver.unsaved().length > 0);
  const [asking, setAsking] = useState(false);
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (!blocked) return;
    let cancelled = false;
    void saver.flushAll({ interactive: true }).then((saved) => {
      if (cancelled) return;
      if (saved) blocker.proceed?.();
      else setAsking(true);
    });
    return () => {
      cancelled = true;
    };
  }, [blocked, blocker, saver]);

  return {
    asking: asking && blocked,
    stay: () => {
      setAsking(false);
      blocker.reset?.();
    },
    leave: () => {
      setAsking(false);
      blocker.proceed?.();
    },
  };
}
