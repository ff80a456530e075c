import type { CrfEvent, DraftOf, EntryRow, QueryRow, SignatureRow } from '../../shared/events';
import { signingBlockerIssue, signingBlockers, type SigningBlocker, type SigningScope } from '../../shared/events/reducers/signatures';
import { fail, type Result } from '../../shared/lib/result';
import type { Store } from './store';
import { writeEvent, type WriteContext } from './write-event';
import { notFound, type WriteError } from './write-errors';

export interface SignatureScope {
  readonly subjectId: string;
  readonly visitId?: string;
  readonly formId?: string;
}

/** A subject's rows a signature is judged on: its entries, queries and signatures, read together. */
export interface SigningRows {
  readonly entries: readonly EntryRow[];
  readonly queries: readonly QueryRow[];
  readonly signatures: readonly SignatureRow[];
}

export async function signingRows(store: Store, subjectId: string): Promise<SigningRows> {
  const { db } = store;
  return db.transaction('r', [db.entries, db.queries, db.signatures], async () => {
    const [entries, queries, signatures] = await Promise.all([
      db.entries.where('subjectId').equals(subjectId).toArray(),
      db.queries.where('subjectId').equals(subjectId).toArray(),
      db.signatures.where('[subjectId+status]').between([subjectId, ''], [subjectId, '\uffff']).toArray(),
    ]);
    return { entries, queries, signatures };
  });
}

/** What stops a signature of this scope now (shared/events/reducers/signatures.ts says what it requires). */
export async function signingBlockersOf(store: Store, scope: SigningScope): Promise<SigningBlocker[]> {
  const rows = await signingRows(store, scope.subjectId);
  return signingBlockers(scope, rows.entries, rows.queries, rows.signatures);
}

/**
 * Records an electronic signature. The credential check (re-entering the password) happens
 * before this call; the event records the signer, the meaning and what was signed.
 * Refused (nothing written) while something blocks it: a started form not complete, a query waiting
 * for the site, nothing complete, or the same scope already signed. The blockers are read just before
 * the write rather than inside its transaction: the event rules only see the rows an event touches,
 * and on one laptop a change slipping in between would itself be refused once signed (the lock).
 */
export async function applySignature(
  store: Store,
  ctx: WriteContext,
  scope: SignatureScope,
  signature: Omit<DraftOf<'signature.applied'>['payload'], 'signatureId'>,
): Promise<Result<CrfEvent, WriteError>> {
  const blockers = await signingBlockersOf(store, { ...scope, level: signature.level });
  if (blockers.length > 0) {
    const issues = blockers.map(signingBlockerIssue);
    return fail({ kind: 'rejected', issues, message: issues.map((i) => i.message).join('; ') });
  }
  return writeEvent(store, ctx, { type: 'signature.applied', ...scope, payload: { ...signature, signatureId: store.newId() } });
}

/** Unlocks what the signature covered: the void and its reason are kept in the log and shown wherever it was. */
export async function voidSignature(store: Store, ctx: WriteContext, signatureId: string, reason: string): Promise<Result<CrfEvent, WriteError>> {
  const signature = await store.db.signatures.get(signatureId);
  if (signature === undefined) return fail(notFound(['signatureId'], `no such signature: ${signatureId}`));
  return writeEvent(store, ctx, { type: 'signature.voided', subjectId: signature.subjectId, payload: { signatureId }, reason });
}

export async function listSignatures(store: Store, subjectId: string): Promise<SignatureRow[]> {
  const rows = await store.db.signatures
    .where('[subjectId+status]')
    .between([subjectId, ''], [subjectId, '\uffff'])
    .toArray();
  return rows.sort((a, b) => a.applied.at.localeCompare(b.applied.at));
}
