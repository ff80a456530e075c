import type { Result } from '../../../shared/lib/result';
import { closeStore, openStore, type Store, type WriteError } from '../../db';

/** Where opening the store is: opening, open, or failed with a classified error (nothing can be saved). */
export type StoreState =
  | { readonly status: 'opening' }
  | { readonly status: 'open'; readonly store: Store }
  | { readonly status: 'failed'; readonly error: WriteError };

/**
 * Opens the store once, at start-up, outside React (so StrictMode's double renders never open it twice),
 * and lets <StoreProvider> follow it. `retry()` tries again after a failure (e.g. another window blocked it).
 */
export interface StoreGate {
  readonly state: () => StoreState;
  readonly subscribe: (onChange: () => void) => () => void;
  readonly retry: () => void;
  /** Closes the store (tests, shutdown). */
  readonly close: () => void;
}

export function createStoreGate(open: () => Promise<Result<Store, WriteError>> = () => openStore()): StoreGate {
  let state: StoreState = { status: 'opening' };
  const listeners = new Set<() => void>();
  const set = (next: StoreState): void => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const start = (): void => {
    set({ status: 'opening' });
    open().then(
      (result) => set(result.ok ? { status: 'open', store: result.value } : { status: 'failed', error: result.issues }),
      (error: unknown) => set({ status: 'failed', error: { kind: 'unknown', message: error instanceof Error ? error.message : String(error) } }),
    );
  };
  start();
  return {
    state: () => state,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    retry: () => {
      if (state.status === 'failed') start();
    },
    close: () => {
      if (state.status === 'open') closeStore(state.store);
    },
  };
}
