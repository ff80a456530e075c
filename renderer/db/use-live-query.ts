import { liveQuery } from 'dexie';
import { useMemo, useSyncExternalStore, type DependencyList } from 'react';

/**
 * The state of a live read: loading until the first result, then the latest result (re-read
 * whenever a write commits to a table or range the query read), or the error it failed with.
 */
export type LiveQueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

const LOADING: LiveQueryState<never> = { status: 'loading' };

interface LiveSource<T> {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly snapshot: () => LiveQueryState<T>;
}

/** One Dexie liveQuery observable seen as an external store for useSyncExternalStore. */
function liveSource<T>(query: () => Promise<T> | T): LiveSource<T> {
  let state: LiveQueryState<T> = LOADING;
  // Always hand Dexie an `async` function. Dexie tracks what a query reads through its zone (PSD), carried
  // across native `await`s by a budget of "expected awaits" that is global, shared by every query running
  // at that moment; it adds to it only for a querier it recognises as async. A plain `() => read(store)`
  // whose read awaits inside spends the budget of the queries running alongside it, and their later reads
  // then run outside their zone and are never observed: such a query stops following writes (the Bundles
  // page kept showing an old export mark once another live query ran beside it).
  const observable = liveQuery(async () => query());
  return {
    snapshot: () => state,
    subscribe: (onChange) => {
      const subscription = observable.subscribe({
        next: (value) => {
          state = { status: 'ready', value };
          onChange();
        },
        error: (error: unknown) => {
          state = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
          onChange();
        },
      });
      return () => subscription.unsubscribe();
    },
  };
}

/**
 * Reads the store and keeps the result fresh: `query` runs again after any committed write that
 * touches what it read (Dexie's liveQuery), across windows too. `deps` are the query's inputs, as
 * for useMemo; the query function must only read (call repository read functions of renderer/db).
 *
 * @example const subjects = useLiveQuery(() => listSubjects(store), [store]);
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: DependencyList): LiveQueryState<T> {
  // The caller names the inputs: the query closure itself changes on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo -- deps are the caller-named inputs (the useLiveQuery contract)
  const source = useMemo(() => liveSource(query), deps);
  return useSyncExternalStore(source.subscribe, source.snapshot, source.snapshot);
}
