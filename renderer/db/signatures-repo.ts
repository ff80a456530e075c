import type { CrfEvent, DraftOf, SignatureRow } from '../../shared/events';
import { fail, type Result } from '../../shared/lib/result';
import type { Store } from './store';
import { writeEvent, type WriteContext } from './write-event';
import { notFound, type WriteError } from './write-errors';

export interface SignatureScope {
  readonly subjectId: string;
  readonly visitId?: string;
  readonly formId?: string;
}

/**
 * Records an electronic signature. The credential check (re-entering the password) happens
 * before this call; the event records the signer, the meaning and what was signed.
 */
export function applySignature(
  store: Store,
  ctx: WriteContext,
  scope: SignatureScope,
  signature: Omit<DraftOf<'signature.applied'>['payload'], 'signatureId'>,
): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, { type: 'signature.applied', ...scope, payload: { ...signature, signatureId: store.newId() } });
}

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
