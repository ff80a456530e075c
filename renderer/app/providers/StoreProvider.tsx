import { useSyncExternalStore, type ReactNode } from 'react';
import { StoreContext } from './store-context';
import { StoreErrorScreen } from './StoreErrorScreen';
import type { StoreGate } from './store-gate';
import { StartupScreen } from './StartupScreen';

export interface StoreProviderProps {
  readonly gate: StoreGate;
  readonly children: ReactNode;
}

/**
 * Provides the store opened at start-up. Until it is open nothing below renders (no page can show
 * data it cannot save); if IndexedDB cannot be opened, a blocking error screen in both languages.
 */
export function StoreProvider({ gate, children }: StoreProviderProps) {
  const state = useSyncExternalStore(gate.subscribe, gate.state, gate.state);
  switch (state.status) {
    case 'opening':
      return <StartupScreen />;
    case 'failed':
      return <StoreErrorScreen error={state.error} onRetry={gate.retry} />;
    case 'open':
      return <StoreContext value={state.store}>{children}</StoreContext>;
  }
}
