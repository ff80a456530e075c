import { useMemo, type ReactNode } from 'react';
import { importedProtocolTexts } from '../../db/protocol-reads';
import { useLiveQuery } from '../../db/use-live-query';
import { loadBuiltInProtocols, type BuiltInLoad } from './builtin-protocols';
import { buildRegistry } from './protocol-registry';
import { ProtocolsContext } from './protocols-context';
import { StartupScreen } from './StartupScreen';
import { StoreErrorScreen } from './StoreErrorScreen';
import { useStore } from './use-store';

export interface ProtocolsProviderProps {
  /** The shipped seeds, parsed (tests may pass others). */
  readonly builtIn?: BuiltInLoad;
  readonly children: ReactNode;
}

let shipped: BuiltInLoad | undefined;
const shippedProtocols = (): BuiltInLoad => (shipped ??= loadBuiltInProtocols());

/**
 * The protocol definitions: the five shipped seeds parsed at start-up plus every version a data
 * manager imported (re-read when one is imported). Nothing renders until both are known, so a
 * subject on an imported version is never shown without its protocol.
 */
export function ProtocolsProvider({ builtIn, children }: ProtocolsProviderProps) {
  const store = useStore();
  const imported = useLiveQuery(() => importedProtocolTexts(store), [store]);
  const base = builtIn ?? shippedProtocols();
  const value = useMemo(() => (imported.status === 'ready' ? buildRegistry(base, imported.value) : undefined), [base, imported]);
  if (imported.status === 'failed') return <StoreErrorScreen error={{ kind: 'unavailable', message: imported.message }} onRetry={() => window.location.reload()} />;
  if (value === undefined) return <StartupScreen />;
  return <ProtocolsContext value={value}>{children}</ProtocolsContext>;
}
