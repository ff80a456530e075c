import { useContext } from 'react';
import type { EcrfBridge } from '../../shared/bridge';
import { PlatformContext } from './platform-context';

/** The OS capabilities of whichever platform the app runs on. Components never ask which one it is. */
export function usePlatform(): EcrfBridge {
  const bridge = useContext(PlatformContext);
  if (!bridge) throw new Error('usePlatform() needs a <PlatformProvider> above it');
  return bridge;
}
