import { getSetting, type SettingValue } from './settings-repo';
import type { Store } from './store';

/** The device settings the session needs, read together (for useLiveQuery). */
export interface SessionSettings {
  readonly users: SettingValue<'users'>;
  readonly currentUserId: string | undefined;
  readonly siteId: string | undefined;
}

export async function readSessionSettings(store: Store): Promise<SessionSettings> {
  const [users, currentUserId, siteId] = await Promise.all([
    getSetting(store, 'users'),
    getSetting(store, 'currentUserId'),
    getSetting(store, 'siteId'),
  ]);
  return { users: users ?? [], currentUserId, siteId };
}
