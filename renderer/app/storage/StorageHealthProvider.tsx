import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  getSetting,
  requestPersistentStorage,
  storageEstimate,
  type PersistenceStatus,
  type StorageApi,
  type StorageEstimate,
} from '../../db';
import { useStore } from '../providers/use-store';
import { StorageHealthContext } from './storage-health-context';

/** How often free space is measured while the app is open. */
const RECHECK_MS = 5 * 60 * 1000;

export interface StorageHealthProviderProps {
  /** navigator.storage by default; tests pass a fake. */
  readonly storage?: StorageApi | undefined;
  readonly children: ReactNode;
}

const browserStorage = (): StorageApi | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/**
 * At start-up asks the browser for persistent storage (a no-op once granted) and measures free space,
 * then again every few minutes; the status bar and Settings show both.
 */
export function StorageHealthProvider({ storage, children }: StorageHealthProviderProps) {
  const store = useStore();
  const api = storage ?? browserStorage();
  const [persistence, setPersistence] = useState<PersistenceStatus | undefined>(undefined);
  const [estimate, setEstimate] = useState<StorageEstimate | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const recheck = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    void requestPersistentStorage(api).then((status) => {
      if (current) setPersistence(status);
    });
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(() => {
    let current = true;
    const measure = async () => {
      const lowBytes = await getSetting(store, 'lowStorageBytes');
      const next = await storageEstimate(lowBytes === undefined ? {} : { lowBytes }, api);
      if (current) setEstimate(next);
    };
    void measure();
    const timer = window.setInterval(() => void measure(), RECHECK_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [api, store, tick]);

  const value = useMemo(() => ({ persistence, estimate, recheck }), [persistence, estimate, recheck]);
  return <StorageHealthContext value={value}>{children}</StorageHealthContext>;
}
