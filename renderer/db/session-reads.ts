import { autoLockMinutes } from '../../shared/access';
import { getSetting } from './settings-repo';
import type { Store } from './store';

/** The device settings the session needs, read together (for useLiveQuery). */
export interface SessionSettings {
  readonly siteId: string | undefined;
  /** Minutes without input before the screen locks (default 5). */
  readonly autoLockMinutes: number;
}

export async function readSessionSettings(store: Store): Promise<SessionSettings> {
  const [siteId, minutes] = await Promise.all([getSetting(store, 'siteId'), getSetting(store, 'autoLockMinutes')]);
  return { siteId, autoLockMinutes: autoLockMinutes(minutes) };
}
