/**
 * System queries raised when a form is completed with unusual values nobody confirmed (the form
 * engine's `needsConfirmation`, shared/forms checkCompletion): one query per warning on the field it
 * is shown on, worded by the engine in English and Chinese (one line each, as the demo trial writes
 * them). A warning that already has an unresolved system query with the same text on the same field
 * (a form reopened and completed again) is not raised twice.
 */
import type { QueryRow } from '../events';
import type { Problem } from '../forms';
import { queryIndexKey } from './query-index';

export interface CompletionPlace {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  /** A row of a repeating form. */
  readonly recordId?: string;
}

export interface SystemQueryDraft {
  readonly itemId: string;
  readonly text: string;
}

export const systemQueryText = (problem: Pick<Problem, 'message'>): string => `${problem.message.en}\n${problem.message.zh}`;

export function completionQueries(place: CompletionPlace, warnings: readonly Problem[], existing: Iterable<QueryRow>): SystemQueryDraft[] {
  const raised = new Set<string>();
  for (const q of existing) {
    if (q.system && q.status !== 'closed') raised.add(`${queryIndexKey(q)}\n${q.text}`);
  }
  const out: SystemQueryDraft[] = [];
  for (const warning of warnings) {
    if (warning.severity !== 'warning' || warning.confirmed === true) continue;
    const text = systemQueryText(warning);
    const key = `${queryIndexKey({ ...place, itemId: warning.key })}\n${text}`;
    if (raised.has(key)) continue;
    raised.add(key);
    out.push({ itemId: warning.key, text });
  }
  return out;
}
