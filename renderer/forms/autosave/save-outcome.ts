import type { WriteError } from '../../db';

/**
 * The result of one attempt to save a field:
 * - saved / unchanged: the store holds what the field shows;
 * - invalid: the text cannot be read (format), nothing was written, the value stays on screen;
 * - needs-reason: the form is complete (or signed): a change needs a reason for change;
 * - failed: the store refused or could not write (quota, closed, rejected); nothing was written.
 */
export type SaveOutcome =
  | { readonly status: 'saved' | 'unchanged' | 'invalid' | 'needs-reason' }
  | { readonly status: 'failed'; readonly error: WriteError };

/** What a field shows about saving. `idle`: nothing typed since the page loaded it. */
export type FieldSaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'needs-reason' }
  | { readonly kind: 'failed'; readonly error: WriteError };

export type SaveSummary = 'saved' | 'saving' | 'unsaved' | 'failed';

/** One word for many fields: failed beats saving beats unsaved beats saved. */
export function summarise(statuses: Iterable<FieldSaveStatus>): SaveSummary {
  let summary: SaveSummary = 'saved';
  for (const s of statuses) {
    if (s.kind === 'failed') return 'failed';
    if (s.kind === 'saving') summary = 'saving';
    else if (summary !== 'saving' && (s.kind === 'pending' || s.kind === 'invalid' || s.kind === 'needs-reason')) summary = 'unsaved';
  }
  return summary;
}

/** True when the field shows something the store does not hold. */
export const isUnsaved = (s: FieldSaveStatus): boolean => s.kind !== 'idle' && s.kind !== 'saved';
