import { useContext } from 'react';
import type { Store } from '../../db';
import { StoreContext } from './store-context';

/** The open store, for repository calls and useLiveQuery. Only rendered once the store is open. */
export function useStore(): Store {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useStore() needs a <StoreProvider> above it');
  return store;
}
