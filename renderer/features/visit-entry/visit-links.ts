/**
 * Addresses into the visit page from elsewhere: `?review=1` (mark and list the review's findings),
 * `form`, `record` and `field` (show that form and focus that field), and the router state Today's query
 * list passes (the query to open), which keeps the link's address the visit's own.
 */
import type { Finding } from '../../../shared/review';

export const REVIEW_PARAM = 'review';

export interface LinkedQuery {
  readonly queryId: string;
  readonly formId?: string;
  readonly recordId?: string;
  readonly itemId?: string;
}

const text = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** The router state of a link that opens a query on the visit page. */
export function queryLinkState(query: { readonly queryId: string; readonly formId?: string; readonly recordId?: string; readonly itemId?: string }): { readonly openQuery: LinkedQuery } {
  const { queryId, formId, recordId, itemId } = query;
  return { openQuery: { queryId, ...(formId === undefined ? {} : { formId }), ...(recordId === undefined ? {} : { recordId }), ...(itemId === undefined ? {} : { itemId }) } };
}

/** Reads that state back (anything else: undefined). */
export function linkedQueryOf(state: unknown): LinkedQuery | undefined {
  if (typeof state !== 'object' || state === null || !('openQuery' in state)) return undefined;
  const q: unknown = state.openQuery;
  if (typeof q !== 'object' || q === null || !('queryId' in q) || !text(q.queryId)) return undefined;
  const part = (key: 'formId' | 'recordId' | 'itemId') => {
    const value: unknown = key in q ? (q as Record<string, unknown>)[key] : undefined;
    return text(value) ? { [key]: value } : {};
  };
  return { queryId: q.queryId, ...part('formId'), ...part('recordId'), ...part('itemId') };
}

/** The visit page's search for a finding: its form, row and field, keeping the review marks. */
export function fieldLink(params: URLSearchParams, finding: Pick<Finding, 'formId' | 'recordId' | 'itemId'>): { readonly search: string } {
  const next = new URLSearchParams(params);
  next.set('form', finding.formId);
  next.delete('field');
  next.delete('record');
  if (finding.recordId !== undefined) next.set('record', finding.recordId);
  if (finding.itemId !== undefined) next.set('field', finding.itemId);
  return { search: `?${next.toString()}` };
}

/** The visit page's address from the review grid: the visit, a form, the review marks on. */
export function reviewVisitPath(subjectId: string, visitId: string, formId?: string): string {
  const search = new URLSearchParams({ [REVIEW_PARAM]: '1' });
  if (formId !== undefined) search.set('form', formId);
  return `/subjects/${encodeURIComponent(subjectId)}/visits/${encodeURIComponent(visitId)}?${search.toString()}`;
}
