import { useEffect, useState } from 'react';
import { useStore } from './providers/use-store';

/** A local calendar date 'YYYY-MM-DD' (the site's day, not UTC). */
export function localDateOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** How often "today" is looked at again, so a laptop left open overnight rolls over. */
const TICK_MS = 60 * 1000;

/** Today's date at the site, from the store's clock; changes at midnight while the app is open. */
export function useToday(): string {
  const store = useStore();
  const [today, setToday] = useState(() => localDateOf(store.clock()));
  useEffect(() => {
    const timer = window.setInterval(() => setToday(localDateOf(store.clock())), TICK_MS);
    return () => window.clearInterval(timer);
  }, [store]);
  return today;
}
