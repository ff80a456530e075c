import { securityLogEntrySchema, type SecurityLogEntry } from '../../shared/access';
import type { CrfDatabase } from './database';
import type { Store } from './store';

/** A security-log row: the entry and its place in the log (IndexedDB assigns `seq`). */
export type SecurityLogRow = SecurityLogEntry & { readonly seq?: number };

/**
 * Appends one entry. The entry is checked against the schema first, so the log never holds a password or a
 * free-text field by accident. Errors propagate: an outcome that cannot be logged is not reported as done.
 */
export async function appendSecurityLog(db: CrfDatabase, entry: SecurityLogEntry): Promise<void> {
  await db.securityLog.add(securityLogEntrySchema.parse(entry));
}

/** The whole log, oldest first (for the administrator and for tests). */
export async function readSecurityLog(store: Store): Promise<readonly SecurityLogRow[]> {
  return store.db.securityLog.orderBy('seq').toArray();
}
