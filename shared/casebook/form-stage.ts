/**
 * Where a form stands, as the casebook prints it: not started → in progress → complete → verified (every
 * value or missing reason shown is source-verified) → signed (a valid signature covers it). The same
 * stages as the monitor's review, computed here from the casebook's own records (only what the role sees
 * counts), so the casebook does not depend on the review's internals.
 */
import type { SignatureRow } from '../events';
import type { CasebookRecord } from './casebook-types';

export const FORM_STAGES = ['not-started', 'in-progress', 'complete', 'verified', 'signed'] as const;
export type FormStage = (typeof FORM_STAGES)[number];

/** Valid signatures by what they cover: the whole casebook, a visit instance, or one form of a visit. */
export class SignatureCoverage {
  private readonly casebook: boolean;
  private readonly visits = new Set<string>();
  private readonly forms = new Set<string>();

  constructor(signatures: Iterable<SignatureRow>) {
    let casebook = false;
    for (const s of signatures) {
      if (s.status !== 'valid') continue;
      if (s.level === 'casebook') casebook = true;
      else if (s.level === 'visit' && s.visitId !== undefined) this.visits.add(s.visitId);
      else if (s.level === 'form' && s.visitId !== undefined && s.formId !== undefined) this.forms.add(`${s.visitId}\u0000${s.formId}`);
    }
    this.casebook = casebook;
  }

  covers(visitId: string, formId: string): boolean {
    return this.casebook || this.visits.has(visitId) || this.forms.has(`${visitId}\u0000${formId}`);
  }
}

/** A record is verified when it shows something and every value or missing reason it shows is verified. */
const recordVerified = (record: CasebookRecord): boolean => {
  const shown = record.items.filter((i) => i.shown.kind !== 'empty');
  return shown.length > 0 && shown.every((i) => i.verified);
};

/** `records`: the form's records with data (removed rows are ignored). */
export function formStage(records: readonly CasebookRecord[], signed: boolean): FormStage {
  const live = records.filter((r) => r.removed === undefined);
  if (live.length === 0) return 'not-started';
  if (live.some((r) => r.status !== 'complete')) return 'in-progress';
  if (signed) return 'signed';
  return live.every(recordVerified) ? 'verified' : 'complete';
}
