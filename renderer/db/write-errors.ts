import type { Issue } from '../../shared/lib/result';

/**
 * Why a write did not happen, in terms the UI can act on. Whatever the kind, nothing was stored:
 * the UI keeps the unsaved value on screen and blocks until the problem is dealt with.
 * - rejected: the input broke a schema or domain rule (issues say where);
 * - quota-exceeded: the disk or the origin's quota is full;
 * - unavailable: the database is closed, blocked by another window, or being upgraded;
 * - conflict: a key already existed (a second writer outside this store, or a bug);
 * - locked: the store is encrypted and nobody is logged in (renderer/db/encryption): log in, retry;
 * - damaged: a stored row failed its integrity check (altered on disk, or sealed under another key):
 *   never shown as data, call the data manager;
 * - unknown: anything else (message for the log).
 */
export type WriteError =
  | { readonly kind: 'rejected'; readonly issues: readonly Issue[]; readonly message: string }
  | { readonly kind: 'quota-exceeded' | 'unavailable' | 'conflict' | 'locked' | 'damaged' | 'unknown'; readonly message: string };

/** Thrown inside a transaction to abort it when a rule refuses the write. */
export class RejectedWrite extends Error {
  override readonly name = 'RejectedWrite';
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map((i) => i.message).join('; '));
  }
}

const UNAVAILABLE = new Set([
  'DatabaseClosedError',
  'OpenFailedError',
  'VersionChangeError',
  'VersionError',
  'InvalidStateError',
  'TransactionInactiveError',
  'MissingAPIError',
  'NoSuchDatabaseError',
  'UpgradeError',
  'BlockedError',
  'SecurityError',
]);

/** The error and everything it wraps (Dexie's `inner`, standard `cause`). */
function chainOf(error: unknown): { name: string; message: string }[] {
  const out: { name: string; message: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth += 1) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    out.push({ name: typeof e.name === 'string' ? e.name : '', message: typeof e.message === 'string' ? e.message : '' });
    current = e.inner ?? e.cause;
  }
  return out;
}

export function classifyWriteError(error: unknown): WriteError {
  if (error instanceof RejectedWrite) return { kind: 'rejected', issues: error.issues, message: error.message };
  const chain = chainOf(error);
  const message = chain.map((e) => `${e.name}: ${e.message}`).join(' <- ') || String(error);
  const names = chain.map((e) => e.name);
  if (names.includes('StoreLockedError')) return { kind: 'locked', message };
  if (names.includes('SealedRowError')) return { kind: 'damaged', message };
  if (names.includes('QuotaExceededError')) return { kind: 'quota-exceeded', message };
  if (names.some((n) => UNAVAILABLE.has(n))) return { kind: 'unavailable', message };
  if (names.includes('ConstraintError')) return { kind: 'conflict', message };
  return { kind: 'unknown', message };
}

/** A refusal before any transaction: the thing the write is about does not exist. */
export const notFound = (path: readonly (string | number)[], message: string): WriteError => ({
  kind: 'rejected',
  issues: [{ path, message, severity: 'error' }],
  message,
});
