import { useContext } from 'react';
import { StorageHealthContext, type StorageHealth } from './storage-health-context';

/** Persistent-storage status and free space, as shown in the status bar and on Settings. */
export function useStorageHealth(): StorageHealth {
  const health = useContext(StorageHealthContext);
  if (health === null) throw new Error('useStorageHealth() needs a <StorageHealthProvider> above it');
  return health;
}
