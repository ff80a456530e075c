import { useEffect, useState } from 'react';
import type { CapabilityResult } from '../../../shared/bridge';
import { usePlatform } from '../../platform';

export type AppInfoState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly info: CapabilityResult<'appInfo'> }
  | { readonly status: 'failed'; readonly message: string };

/** The application's name, version, platform and device id, from the platform bridge. */
export function useAppInfo(): AppInfoState {
  const bridge = usePlatform();
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    bridge.appInfo({}).then(
      (info) => {
        if (current) setState({ status: 'ready', info });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [bridge]);
  return state;
}
