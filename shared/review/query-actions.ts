/**
 * What a person may do with a query now: the query's state (CDISC ODM v2 names: Open, Answered, Closed;
 * Open → Answered → Closed → Open, and a monitor may close an Open query, as the store's rules say)
 * combined with the role policy (shared/policy: the site answers, the monitor closes and reopens). Each
 * action the state allows is listed, with the policy's refusal when the role may not take it, so a
 * screen can show the control disabled with the reason rather than hide it.
 */
import type { QueryStatus } from '../events';
import { canAppend, type PolicyRefusal, type PolicyRole } from '../policy';

export const QUERY_ACTIONS = ['answer', 'close', 'reopen'] as const;
export type QueryAction = (typeof QUERY_ACTIONS)[number];

/** The ODM v2 query states, as shown. */
export const QUERY_STATE_NAMES: Readonly<Record<QueryStatus, { readonly en: string; readonly zh: string }>> = {
  open: { en: 'Open', zh: '待回复' },
  answered: { en: 'Answered', zh: '已回复' },
  closed: { en: 'Closed', zh: '已关闭' },
};

const EVENT: Readonly<Record<QueryAction, 'query.answered' | 'query.closed' | 'query.reopened'>> = {
  answer: 'query.answered',
  close: 'query.closed',
  reopen: 'query.reopened',
};

const FROM: Readonly<Record<QueryAction, readonly QueryStatus[]>> = {
  answer: ['open'],
  close: ['open', 'answered'],
  reopen: ['closed'],
};

/** Text the action needs: an answer and a reopening say why; closing may say nothing. */
export const QUERY_TEXT_REQUIRED: Readonly<Record<QueryAction, boolean>> = { answer: true, close: false, reopen: true };

export type QueryActionOption =
  | { readonly action: QueryAction; readonly allowed: true }
  | { readonly action: QueryAction; readonly allowed: false; readonly refusal: PolicyRefusal };

/** The actions the query's state allows, each allowed or refused for this role. */
export function queryActions(role: PolicyRole, status: QueryStatus): QueryActionOption[] {
  return QUERY_ACTIONS.filter((action) => FROM[action].includes(status)).map((action) => {
    const may = canAppend(role, EVENT[action]);
    return may.ok ? { action, allowed: true as const } : { action, allowed: false as const, refusal: may.issues };
  });
}
