import { createContext } from 'react';
import type { PersistenceStatus, StorageEstimate } from '../../db';

export interface StorageHealth {
  /** Whether the browser promised not to evict the data; undefined while asking. */
  readonly persistence: PersistenceStatus | undefined;
  /** Usage and quota; undefined while measuring. */
  readonly estimate: StorageEstimate | undefined;
  /** Measure again now (e.g. after an export). */
  readonly recheck: () => void;
}

export const StorageHealthContext = createContext<StorageHealth | null>(null);
