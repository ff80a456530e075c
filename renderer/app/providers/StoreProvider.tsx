import { useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { PlatformProvider } from '../../platform';
import { PlatformContext } from '../../platform/platform-context';
import { DatabaseContext, type DatabaseValue } from './database-context';
import { StoreContext } from './store-context';
import { StoreErrorScreen } from './StoreErrorScreen';
import type { StoreGate } from './store-gate';
import { StartupScreen } from './StartupScreen';
import { trainingBridge } from './training-bridge';

export interface StoreProviderProps {
  readonly gate: StoreGate;
  readonly children: ReactNode;
}

/**
 * Provides the store opened at start-up. Until it is open nothing below renders (no page can show
 * data it cannot save); if IndexedDB cannot be opened, a blocking error screen in both languages.
 * Also provides which database is in use (real or training) with the switch; on the training database the
 * platform below names saved files `training-…` and refuses backups.
 */
export function StoreProvider({ gate, children }: StoreProviderProps) {
  const state = useSyncExternalStore(gate.subscribe, gate.state, gate.state);
  const bridge = useContext(PlatformContext);
  const training = state.database === 'training';
  const database = useMemo(
    (): DatabaseValue => ({ database: state.database, training, name: gate.names[state.database], names: gate.names, switchTo: gate.switchTo }),
    [gate, state.database, training],
  );
  const platform = useMemo(() => (bridge !== null && training ? trainingBridge(bridge) : bridge), [bridge, training]);
  // The training colour frames the whole window (training.css), whatever screen is shown.
  useEffect(() => {
    document.documentElement.toggleAttribute('data-training', training);
    return () => document.documentElement.removeAttribute('data-training');
  }, [training]);
  const content = (() => {
    switch (state.status) {
      case 'opening':
        return <StartupScreen />;
      case 'failed':
        return <StoreErrorScreen error={state.error} onRetry={gate.retry} onLeaveTraining={training ? () => void gate.switchTo('real') : undefined} />;
      case 'open':
        return <StoreContext value={state.store}>{children}</StoreContext>;
    }
  })();
  return (
    <DatabaseContext value={database}>
      {platform === null ? content : <PlatformProvider bridge={platform}>{content}</PlatformProvider>}
    </DatabaseContext>
  );
}
