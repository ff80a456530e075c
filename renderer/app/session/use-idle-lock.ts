import { useEffect } from 'react';

/** What counts as someone at the laptop. Pointer movement too: reading a long form is activity. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once after `minutes` without keyboard or pointer input, while `active`. Activity only
 * records the time; one timer re-arms itself for the remainder, so typing does not churn timers.
 */
export function useIdleLock(minutes: number, active: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return undefined;
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) onIdle();
      else timer = setTimeout(check, limit - idle);
    };
    const note = () => {
      last = Date.now();
    };
    ACTIVITY.forEach((type) => document.addEventListener(type, note, { capture: true, passive: true }));
    timer = setTimeout(check, limit);
    return () => {
      clearTimeout(timer);
      ACTIVITY.forEach((type) => document.removeEventListener(type, note, { capture: true }));
    };
  }, [minutes, active, onIdle]);
}
