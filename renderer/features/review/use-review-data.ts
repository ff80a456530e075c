import { useMemo } from 'react';
import type { QueryRow } from '../../../shared/events';
import type { Protocol } from '../../../shared/protocol';
import {
  buildReview,
  findingRows,
  reviewCacheFor,
  reviewLifecycles,
  sumCounts,
  type Bilingual,
  type FindingRow,
  type Lifecycles,
  type OpenQueryRef,
  type ProtocolReview,
  type SiteReview,
} from '../../../shared/review';
import { useProtocols, useSession, useStore } from '../../app/providers';
import { useToday } from '../../app/use-today';
import { reviewRows, type ReviewRows } from '../../db/review-reads';
import { useLiveQuery } from '../../db/use-live-query';

/** Subjects of the protocol entered under a version this laptop does not hold: not reviewed, and said so. */
export interface UnreviewedVersion {
  readonly version: string;
  readonly subjects: number;
}

export interface ReviewData {
  readonly protocol: Protocol;
  readonly review: ProtocolReview;
  readonly lifecycles: Lifecycles;
  readonly findings: readonly FindingRow[];
  /** Every query of the protocol's subjects (the queries list shows closed ones too). */
  readonly queries: readonly QueryRow[];
  /** A visit definition's place in the protocol (columns and sorting). */
  readonly orderOf: (visitDefId: string) => number;
  /** The forms the review shows, in protocol order, for the form filter. */
  readonly forms: readonly { readonly formId: string; readonly title: Bilingual }[];
  readonly unreviewed: readonly UnreviewedVersion[];
}

export type ReviewState = { readonly status: 'loading' } | { readonly status: 'failed'; readonly message: string } | ({ readonly status: 'ready' } & ReviewData);

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Several versions' reviews as one (subjects never overlap: each subject has one protocol version). */
function mergeReviews(reviews: readonly ProtocolReview[], latest: Protocol): ProtocolReview {
  const [only] = reviews;
  if (reviews.length === 1 && only !== undefined) return only;
  const subjects = reviews.flatMap((r) => r.subjects).sort((a, b) => compare(a.code ?? `~${a.subjectId}`, b.code ?? `~${b.subjectId}`));
  const sites = new Map<string, SiteReview>();
  for (const site of reviews.flatMap((r) => r.sites)) {
    const known = sites.get(site.siteId);
    sites.set(site.siteId, known === undefined ? site : { siteId: site.siteId, subjects: known.subjects + site.subjects, counts: sumCounts([known.counts, site.counts]) });
  }
  const openQueries = new Map<string, readonly OpenQueryRef[]>();
  for (const r of reviews) for (const [key, refs] of r.openQueries) openQueries.set(key, [...(openQueries.get(key) ?? []), ...refs]);
  return {
    protocolId: latest.id,
    protocolVersion: latest.version,
    today: only?.today ?? '',
    blinded: only?.blinded ?? true,
    subjects,
    sites: [...sites.values()].sort((a, b) => compare(a.siteId, b.siteId)),
    counts: sumCounts(reviews.map((r) => r.counts)),
    findings: reviews.flatMap((r) => r.findings).sort((a, b) => compare(a.sortKey, b.sortKey)),
    openQueries,
  };
}

function buildData(rows: ReviewRows, latest: Protocol, get: (id: string, version: string) => Protocol | undefined, today: string, blinded: boolean): ReviewData | string {
  const versions = [...new Set(rows.subjects.map((s) => s.protocolVersion))].sort(compare);
  const reviews: ProtocolReview[] = [];
  const byVersion: { readonly subjects: ReadonlySet<string>; readonly lifecycles: Lifecycles }[] = [];
  const unreviewed: UnreviewedVersion[] = [];
  for (const version of versions) {
    const subjects = rows.subjects.filter((s) => s.protocolVersion === version);
    const protocol = get(latest.id, version);
    if (protocol === undefined) {
      unreviewed.push({ version, subjects: subjects.length });
      continue;
    }
    const ids = new Set(subjects.map((s) => s.subjectId));
    const mine = <T extends { readonly subjectId: string }>(list: readonly T[]) => list.filter((r) => ids.has(r.subjectId));
    const entries = mine(rows.entries);
    const built = buildReview({ protocol, today, blinded, subjects, visits: mine(rows.visits), entries, queries: mine(rows.queries) });
    if (!built.ok) return built.issues.map((i) => i.message).join('; ');
    reviews.push(built.value);
    byVersion.push({ subjects: ids, lifecycles: reviewLifecycles({ review: built.value, protocol, subjects, entries, signatures: mine(rows.signatures) }) });
  }
  const review = mergeReviews(reviews, latest);
  const lifecycleOf = (subjectId: string) => byVersion.find((v) => v.subjects.has(subjectId))?.lifecycles;
  const lifecycles: Lifecycles = {
    form: (subjectId, visitId, formId) => lifecycleOf(subjectId)?.form(subjectId, visitId, formId) ?? 'not-started',
    visit: (subjectId, visitId) => lifecycleOf(subjectId)?.visit(subjectId, visitId) ?? 'not-started',
  };
  const cache = reviewCacheFor(latest);
  const orderOf = (visitDefId: string) => cache.visitOrder(visitDefId);
  const seen = new Map<string, Bilingual>();
  for (const subject of review.subjects) for (const visit of subject.visits) for (const form of visit.forms) if (!seen.has(form.formId)) seen.set(form.formId, form.title);
  const formOrder = new Map(latest.forms.map((f, i) => [f.id, i]));
  const forms = [...seen.entries()]
    .map(([formId, title]) => ({ formId, title }))
    .sort((a, b) => (formOrder.get(a.formId) ?? Number.MAX_SAFE_INTEGER) - (formOrder.get(b.formId) ?? Number.MAX_SAFE_INTEGER) || compare(a.formId, b.formId));
  return { protocol: latest, review, lifecycles, findings: findingRows(review, orderOf), queries: rows.queries, orderOf, forms, unreviewed };
}

/**
 * The review of one protocol on this laptop, live: the projection rows read in one transaction, reviewed
 * per protocol version the subjects were entered under (shared/review), with each form's lifecycle and
 * the findings list. Recomputed after any committed write the rows depend on.
 */
export function useReviewData(protocolId: string): ReviewState {
  const store = useStore();
  const { latest, get } = useProtocols();
  const { user } = useSession();
  const today = useToday();
  const rows = useLiveQuery(() => reviewRows(store, protocolId), [store, protocolId]);
  const protocol = latest(protocolId);
  return useMemo((): ReviewState => {
    if (rows.status !== 'ready') return rows;
    if (protocol === undefined) return { status: 'failed', message: protocolId };
    const data = buildData(rows.value, protocol, get, today, user.blinded);
    return typeof data === 'string' ? { status: 'failed', message: data } : { status: 'ready', ...data };
  }, [rows, protocol, protocolId, get, today, user.blinded]);
}
