import { headOf, MemoryProjection, sealEvent, type ChainHead, type CrfEvent, type CrfEventDraft } from '../../../shared/events';
import type { Issue } from '../../../shared/lib/result';
import { draftsFor, LAB, type Drafts, type Scope } from '../events/builders';

/**
 * One device's store in memory, as a repository uses it: each new draft is checked against the
 * projection (the domain rules), and only an allowed draft is sealed and applied.
 */
export function ledger() {
  const d: Drafts = draftsFor('dev-a');
  const p = new MemoryProjection();
  let head: ChainHead | null = null;
  /** The events stored, in order. */
  const events: CrfEvent[] = [];
  /** Checks and, when allowed, stores the draft; returns the issues ([] = stored). */
  const write = (draft: CrfEventDraft): Issue[] => {
    const issues = p.check(draft);
    if (issues.length > 0) return issues;
    const sealed = sealEvent(draft, head);
    if (!sealed.ok) throw new Error(JSON.stringify(sealed.issues));
    p.apply(sealed.value);
    events.push(sealed.value);
    head = headOf(sealed.value);
    return [];
  };
  /** Writes drafts that must be allowed. */
  const given = (...drafts: CrfEventDraft[]): void => {
    for (const draft of drafts) {
      const issues = write(draft);
      if (issues.length > 0) throw new Error(`setup refused: ${JSON.stringify(issues)}`);
    }
  };
  return { d, p, events, write, given };
}

export const INVESTIGATOR = { role: 'investigator', userId: 'u-investigator' } as const;
export const VITALS: Scope = { subjectId: 'subj-1', visitId: 'W4', formId: 'vitals', itemId: 'weight' };
export const LATER_LAB: Scope = { ...LAB, visitId: 'W8' };
export { LAB };
