import { compact } from '../compact';
import type { DraftOf, EventOf } from '../event-schema';
import { issue } from '../issues';
import type { Issue, IssuePath } from '../../lib/result';
import { coveringSignatures } from './entries';
import { SINGLE_RECORD, stampOf, type EntryRow, type QueryRow, type SignatureLevel, type SignatureRow } from './rows';
import type { RowChanges, TouchedRows } from './touched';

type SignatureDraft = DraftOf<'signature.applied'> | DraftOf<'signature.voided'>;
type SignatureEvent = EventOf<'signature.applied'> | EventOf<'signature.voided'>;
/** The events that change a form's data: values, missing reasons, records, completion, reopening. */
type DataDraft =
  | DraftOf<'item.valueSet'>
  | DraftOf<'item.missingReasonSet'>
  | DraftOf<'item.cleared'>
  | DraftOf<'record.added'>
  | DraftOf<'record.removed'>
  | DraftOf<'form.completed'>
  | DraftOf<'form.reopened'>;

export function checkSignatureEvent(draft: SignatureDraft, rows: TouchedRows): Issue[] {
  switch (draft.type) {
    case 'signature.applied':
      return [
        ...(rows.subject === undefined ? [issue(['subjectId'], 'no such subject')] : []),
        ...(rows.signature !== undefined ? [issue(['payload', 'signatureId'], 'a signature with this id exists')] : []),
        ...(draft.payload.level === 'form' && rows.entry?.status !== 'complete'
          ? [issue(['formId'], 'only a completed form can be signed')]
          : []),
      ];
    case 'signature.voided':
      return [
        ...(rows.signature?.status !== 'valid' ? [issue(['payload', 'signatureId'], 'no valid signature with this id')] : []),
        ...(draft.reason === undefined ? [issue(['reason'], 'voiding a signature needs a reason')] : []),
      ];
  }
}

/** Where a lock points in the refused event: the form, the visit or the whole subject. */
const LOCKED_PATH: Readonly<Record<SignatureLevel, IssuePath>> = { form: ['formId'], visit: ['visitId'], casebook: ['subjectId'] };

/**
 * Signed data is locked (21 CFR 11.70: the signature stays linked to what was signed): while a valid
 * signature covers a form (form level: that form; visit level: every form of the visit; casebook level:
 * every form of the subject), no value, missing reason, record, completion or reopening of it may change,
 * reason or not. Unlocking is voiding the signature with a reason; then changes are allowed again.
 * One issue per locking signature, naming it, so the user knows whom to ask and what to void.
 */
export function lockedDataIssues(draft: DataDraft, rows: TouchedRows): Issue[] {
  return coveringSignatures(draft, rows).map((s) =>
    issue(
      LOCKED_PATH[s.level],
      `locked by the ${s.level} signature ${s.signatureId} of ${s.signerName} (${s.meaning}, ${s.applied.at}): ` +
        'an investigator must void it, giving a reason, before this data can change',
    ),
  );
}

/** What a signature would cover: the subject, and the visit instance and form its level names. */
export interface SigningScope {
  readonly level: SignatureLevel;
  readonly subjectId: string;
  readonly visitId?: string;
  readonly formId?: string;
}

/** Why a signature cannot be applied yet; each names the place, so the UI can link to it. */
export type SigningBlocker =
  | { readonly kind: 'nothing-complete' }
  | { readonly kind: 'form-incomplete'; readonly visitId: string; readonly formId: string; readonly recordId: string }
  | { readonly kind: 'open-query'; readonly queryId: string; readonly visitId?: string; readonly formId?: string; readonly itemId?: string }
  | { readonly kind: 'already-signed'; readonly signatureId: string; readonly signerName: string };

const inScope = (scope: SigningScope, place: { readonly visitId?: string | undefined; readonly formId?: string | undefined }): boolean =>
  scope.level === 'casebook' ||
  (place.visitId === scope.visitId && (scope.level === 'visit' || place.formId === scope.formId));

/**
 * What a signature requires, the same for the three levels (docs/guide-investigator.md):
 * - something to sign: at least one completed form (or row of a log) in its scope;
 * - every form (row) in its scope that was started is complete: a form nobody began (not started,
 *   or a log row added but empty) does not block, and removed rows do not count;
 * - no query in its scope waits for the site's answer (status open): an answered query is the monitor's
 *   to close and does not block;
 * - no valid signature of the same level over the same scope already (sign again after voiding).
 * The store refuses a signature with any blocker (renderer/db/signatures-repo.ts); the sign dialog lists them.
 * `entries`, `queries` and `signatures` are the subject's rows.
 */
export function signingBlockers(
  scope: SigningScope,
  entries: readonly EntryRow[],
  queries: readonly QueryRow[],
  signatures: readonly SignatureRow[],
): SigningBlocker[] {
  const mine = entries.filter((e) => e.subjectId === scope.subjectId && !e.removed && inScope(scope, e));
  const blockers: SigningBlocker[] = [];
  if (!mine.some((e) => e.status === 'complete')) blockers.push({ kind: 'nothing-complete' });
  for (const e of mine) {
    if (e.status === 'in-progress') blockers.push({ kind: 'form-incomplete', visitId: e.visitId, formId: e.formId, recordId: e.recordId });
  }
  for (const q of queries) {
    if (q.subjectId !== scope.subjectId || q.status !== 'open' || !inScope(scope, q)) continue;
    blockers.push(compact({ kind: 'open-query' as const, queryId: q.queryId, visitId: q.visitId, formId: q.formId, itemId: q.itemId }));
  }
  for (const s of signatures) {
    const same = s.subjectId === scope.subjectId && s.level === scope.level && s.visitId === scope.visitId && s.formId === scope.formId;
    if (same && s.status === 'valid') blockers.push({ kind: 'already-signed', signatureId: s.signatureId, signerName: s.signerName });
  }
  return blockers;
}

/** A blocker as an issue of the refused signature (English, for the store's refusal; the UI words its own). */
export function signingBlockerIssue(blocker: SigningBlocker): Issue {
  switch (blocker.kind) {
    case 'nothing-complete':
      return issue(['subjectId'], 'nothing to sign: no completed form in what would be signed');
    case 'form-incomplete': {
      const row = blocker.recordId === SINGLE_RECORD ? '' : ` (row ${blocker.recordId})`;
      return issue(['formId'], `form ${blocker.formId}${row} of visit ${blocker.visitId} is started but not complete`);
    }
    case 'open-query':
      return issue(['subjectId'], `query ${blocker.queryId} waits for the site's answer`);
    case 'already-signed':
      return issue(['payload', 'level'], `already signed by ${blocker.signerName} (signature ${blocker.signatureId}): void it to sign again`);
  }
}

export function applySignatureEvent(event: SignatureEvent, rows: TouchedRows): RowChanges {
  const stamp = stampOf(event);
  switch (event.type) {
    case 'signature.applied': {
      const { subjectId, visitId, formId } = event;
      return { signatures: [{ ...event.payload, ...compact({ subjectId, visitId, formId }), status: 'valid', applied: stamp }] };
    }
    case 'signature.voided': {
      const signature = rows.signature;
      if (signature === undefined) return {};
      return { signatures: [{ ...signature, status: 'voided', ended: compact({ stamp, reason: event.reason }) }] };
    }
  }
}
