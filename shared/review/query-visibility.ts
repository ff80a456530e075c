/**
 * Which queries a reviewer may read: a blinded reviewer does not see the queries about an unblinded-only
 * form (pharmacy) or item, as the review leaves those forms and items out (the form engine's blinded
 * models); everything else about the review's subjects is shown, whatever it is about.
 */
import { getItem } from '../catalogue';
import type { QueryRow } from '../events';
import type { Protocol } from '../protocol';
import type { ProtocolReview } from './review-types';

export function visibleQueries(review: ProtocolReview, protocol: Protocol, queries: Iterable<QueryRow>): QueryRow[] {
  const subjects = new Set(review.subjects.map((s) => s.subjectId));
  const hiddenForms = new Set(review.blinded ? protocol.forms.filter((f) => f.unblindedOnly).map((f) => f.id) : []);
  const out: QueryRow[] = [];
  for (const q of queries) {
    if (!subjects.has(q.subjectId)) continue;
    if (q.formId !== undefined && hiddenForms.has(q.formId)) continue;
    if (review.blinded && q.itemId !== undefined) {
      const item = getItem(q.itemId);
      if (item.ok && item.value.unblindedOnly === true) continue;
    }
    out.push(q);
  }
  return out;
}
