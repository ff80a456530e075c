import { createContext } from 'react';
import type { EcrfBridge } from '../../shared/bridge';

export const PlatformContext = createContext<EcrfBridge | null>(null);
