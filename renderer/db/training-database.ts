import { DEFAULT_DATABASE_NAME } from './database';
import { readSessionSettings } from './session-reads';
import { setSetting } from './settings-repo';
import type { Store } from './store';
import type { WriteError } from './write-errors';
import { fail, ok, type Result } from '../../shared/lib/result';

/**
 * The training database: synthetic subjects from the demo generator, in an IndexedDB database of its own,
 * so the real one (`bedside-ecrf`) is never touched by training. Same schema, same repositories.
 */
export const TRAINING_DATABASE_NAME = 'bedside-ecrf-training';

/** The study's real database (what `openStore()` opens by default). */
export const REAL_DATABASE_NAME = DEFAULT_DATABASE_NAME;

/**
 * The site and the auto-lock minutes, copied into a database that has no site yet (the training database when
 * it is first opened). Accounts are not copied: they live in the real database only, and training is used
 * under the same signed-in person.
 */
export async function copySessionSettings(from: Store, to: Store): Promise<Result<void, WriteError>> {
  const [source, target] = await Promise.all([readSessionSettings(from), readSessionSettings(to)]);
  if (source.siteId !== undefined && target.siteId === undefined) {
    const site = await setSetting(to, 'siteId', source.siteId);
    if (!site.ok) return fail(site.issues);
    const minutes = await setSetting(to, 'autoLockMinutes', source.autoLockMinutes);
    if (!minutes.ok) return fail(minutes.issues);
  }
  return ok(undefined);
}
