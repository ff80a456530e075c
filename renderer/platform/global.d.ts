import type { EcrfBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** The desktop bridge exposed by electron/preload; absent in a plain browser. Read only by renderer/platform. */
    readonly ecrf?: EcrfBridge;
  }
}

export {};
