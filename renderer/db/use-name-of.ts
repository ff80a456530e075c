import { useMemo } from 'react';
import { knownPeople, nameFrom } from './people-repo';
import type { Store } from './store';
import { useLiveQuery } from './use-live-query';

const NOBODY: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * A person's name for a userId: the local account's, else the name an imported bundle gave
 * (people-repo), else the id itself. Follows the directory live, so names appear once an import lands.
 */
export function useNameOf(store: Store, accounts: readonly { readonly userId: string; readonly displayName: string }[]): (userId: string) => string {
  const known = useLiveQuery(() => knownPeople(store), [store]);
  const directory = known.status === 'ready' ? known.value : NOBODY;
  return useMemo(() => nameFrom(accounts, directory), [accounts, directory]);
}
