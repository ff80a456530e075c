/**
 * Where a form stands in its life, for the monitor's grid: not started → in progress → complete →
 * verified (every value shown is source-verified) → signed (a valid investigator signature covers it).
 * The store has no separate lock: a valid signature is what locks data (a later change needs a reason
 * and invalidates the signature, shared/events reducers), so "signed" is the last stage.
 *
 * Pure: from the projection rows (entries with their SDV marks, signatures) and the review's forms.
 */
import { SINGLE_RECORD, type EntryRow, type SignatureRow } from '../events';

export const LIFECYCLE_STAGES = ['not-started', 'in-progress', 'complete', 'verified', 'signed'] as const;
export type Lifecycle = (typeof LIFECYCLE_STAGES)[number];

const RANK: Readonly<Record<Lifecycle, number>> = { 'not-started': 0, 'in-progress': 1, complete: 2, verified: 3, signed: 4 };

/** Valid signatures by what they cover: a casebook (subject), a visit, or one form of a visit. */
export class SignatureIndex {
  private readonly casebooks = new Set<string>();
  private readonly visits = new Set<string>();
  private readonly forms = new Set<string>();

  constructor(signatures: Iterable<SignatureRow>) {
    for (const s of signatures) {
      if (s.status !== 'valid') continue;
      if (s.level === 'casebook') this.casebooks.add(s.subjectId);
      else if (s.level === 'visit' && s.visitId !== undefined) this.visits.add(`${s.subjectId}/${s.visitId}`);
      else if (s.level === 'form' && s.visitId !== undefined && s.formId !== undefined) this.forms.add(`${s.subjectId}/${s.visitId}/${s.formId}`);
    }
  }

  /** Whether a valid signature covers this form of this visit instance. */
  covers(subjectId: string, visitId: string, formId: string): boolean {
    return this.casebooks.has(subjectId) || this.visits.has(`${subjectId}/${visitId}`) || this.forms.has(`${subjectId}/${visitId}/${formId}`);
  }
}

const isStarted = (entry: EntryRow): boolean => entry.status !== 'not-started' || Object.keys(entry.items).length > 0;

/**
 * Every item that shows something (a value or a missing reason) carries a verification of exactly
 * that version, and there is at least one. `shown` limits it to the items the reviewer's form has
 * (a blinded monitor cannot verify what is not on their form).
 */
export function recordVerified(entry: EntryRow, shown?: ReadonlySet<string>): boolean {
  let any = false;
  const items = entry.items;
  for (const itemId in items) {
    const state = items[itemId];
    if (state === undefined || (shown !== undefined && !shown.has(itemId))) continue;
    if (state.current.kind === 'cleared') continue;
    if (state.sdv === undefined || state.sdv.valueEventId !== state.current.stamp.eventId) return false;
    any = true;
  }
  return any;
}

export interface FormLifecycleInput {
  /** The form's entries at one visit instance (a repeating form: one per row, removed rows included). */
  readonly entries: readonly EntryRow[];
  readonly repeating: boolean;
  /** A valid signature covers the form (SignatureIndex.covers). */
  readonly signed: boolean;
  readonly shown?: ReadonlySet<string>;
}

/**
 * A form's stage: not started (no data; a log without rows), in progress (some row not complete),
 * signed (complete and under a valid signature), verified (complete and every value verified), complete.
 */
export function formLifecycle({ entries, repeating, signed, shown }: FormLifecycleInput): Lifecycle {
  let rows = 0;
  let incomplete = false;
  for (const e of entries) {
    if (e.removed || (repeating ? e.recordId === SINGLE_RECORD : e.recordId !== SINGLE_RECORD || !isStarted(e))) continue;
    rows += 1;
    if (e.status !== 'complete') incomplete = true;
  }
  if (rows === 0) return 'not-started';
  if (incomplete) return 'in-progress';
  if (signed) return 'signed';
  for (const e of entries) {
    if (e.removed || (repeating ? e.recordId === SINGLE_RECORD : e.recordId !== SINGLE_RECORD)) continue;
    if (!recordVerified(e, shown)) return 'complete';
  }
  return 'verified';
}

export interface StagedForm {
  readonly lifecycle: Lifecycle;
  readonly repeating: boolean;
}

/**
 * A visit's stage from its forms': not started when nothing has data; in progress while any form that
 * has to be filled is not complete; otherwise the least advanced stage of its forms. A log without rows
 * is a valid answer, so it neither starts nor holds back a visit.
 */
export function combineLifecycles(forms: readonly StagedForm[]): Lifecycle {
  const counted = forms.filter((f) => !(f.repeating && f.lifecycle === 'not-started'));
  if (counted.length === 0 || counted.every((f) => f.lifecycle === 'not-started')) return 'not-started';
  let least: Lifecycle = 'signed';
  for (const form of counted) {
    const stage = form.lifecycle === 'not-started' ? 'in-progress' : form.lifecycle;
    if (RANK[stage] < RANK[least]) least = stage;
  }
  return least;
}

export const lifecycleRank = (stage: Lifecycle): number => RANK[stage];
