import type { ReactNode } from 'react';
import type { EcrfBridge } from '../../shared/bridge';
import { PlatformContext } from './platform-context';

export interface PlatformProviderProps {
  readonly bridge: EcrfBridge;
  readonly children: ReactNode;
}

/** Provides the platform chosen at start-up (or a fake in tests) to every component below. */
export function PlatformProvider({ bridge, children }: PlatformProviderProps) {
  return <PlatformContext value={bridge}>{children}</PlatformContext>;
}
