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
 * The people who use this laptop, who is working now, and the site, copied into a database that has no
 * users yet (the training database when it is first opened), so switching to training keeps the same
 * session instead of asking "who is using this laptop?". A database with users keeps its own.
 */
export async function copySessionSettings(from: Store, to: Store): Promise<Result<void, WriteError>> {
  const [source, target] = await Promise.all([readSessionSettings(from), readSessionSettings(to)]);
  if (target.users.length > 0) return ok(undefined);
  if (source.users.length > 0) {
    const users = await setSetting(to, 'users', source.users);
    if (!users.ok) return users;
  }
  if (source.currentUserId !== undefined) {
    const current = await setSetting(to, 'currentUserId', source.currentUserId);
    if (!current.ok) return current;
  }
  if (source.siteId !== undefined && target.siteId === undefined) {
    const site = await setSetting(to, 'siteId', source.siteId);
    if (!site.ok) return fail(site.issues);
  }
  return ok(undefined);
}
