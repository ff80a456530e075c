/**
 * The review's result, as plain data: counts per subject × visit × form, rolled up per visit, subject,
 * site and protocol, and a flat list of findings that link to fields. The model is web-forms'
 * aggregated `violations[]` (style-anchors §2): validation state exposed as data for a monitor's grid.
 * Definitions of every category: docs/review-model.md.
 */

export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/**
 * What a review row counts. Field counts: missing, accounted, pending, softUnconfirmed, hardViolations.
 * Form counts: notStarted, notYetDue. Query counts: openQueries, answeredQueries.
 */
export interface ReviewCounts {
  /**
   * Required, applicable, empty, no missing reason, on a started form of a visit that is due; and an
   * empty log (repeating form) without its "none to report" answer at a scheduled visit that is due.
   */
  missing: number;
  /** A final missing reason given (NOT DONE, UNK, ASKU, NASK, NA). */
  accounted: number;
  /** Missing reason NAV: the value is awaited; outstanding, listed apart from accounted. */
  pending: number;
  /** A number outside the soft range (and inside the hard range), not confirmed by the site. */
  softUnconfirmed: number;
  /** A number outside the hard range; and a log answered "none to report" that has rows. */
  hardViolations: number;
  /** An expected (non-repeating) form with no data at a visit that is due. */
  notStarted: number;
  /** An expected form, not complete, at a visit whose window is open or ahead. Never missing. */
  notYetDue: number;
  /** Queries waiting for the site. */
  openQueries: number;
  /** Queries the site answered, waiting for the monitor to close them. */
  answeredQueries: number;
}

export type CountKey = keyof ReviewCounts;

/**
 * Where a visit instance stands on `today`, for review:
 * - done: marked done (whatever the date) → due;
 * - window-closed: a scheduled visit, not done, today after its window's last day → due;
 * - open: a scheduled visit whose window includes today (both ends) → not yet due;
 * - upcoming: a scheduled visit whose window starts after today → not yet due;
 * - not-done: marked not done (with its reason) → nothing expected;
 * - not-expected: the subject left the study (died, transplanted, withdrew...) before the window opened;
 * - started: an on-demand visit, or one without dates (subject not enrolled), not marked done →
 *   data is checked but nothing is expected.
 */
export type VisitDue = 'done' | 'window-closed' | 'open' | 'upcoming' | 'not-done' | 'not-expected' | 'started';

export type FormReviewStatus = 'not-started' | 'in-progress' | 'complete';

export interface FormReview {
  readonly formId: string;
  readonly title: Bilingual;
  readonly repeating: boolean;
  /** A repeating form: complete when every row is, or when it has none and "none to report" was answered; else not-started when it has no rows. */
  readonly status: FormReviewStatus;
  /** Rows of a repeating form (removed rows excluded); 0 or 1 for other forms. */
  readonly records: number;
  readonly counts: ReviewCounts;
}

export interface VisitReview {
  readonly subjectId: string;
  /** The visit instance: the protocol visit id, or a fresh id for an on-demand visit. */
  readonly visitId: string;
  readonly visitDefId: string;
  readonly label: Bilingual;
  readonly due: VisitDue;
  /** Window dates of a scheduled visit of an enrolled subject (both allowed). */
  readonly windowStart?: string;
  readonly windowEnd?: string;
  readonly visitDate?: string;
  readonly forms: readonly FormReview[];
  /** Sum of the forms' counts plus the queries about the visit itself (no form). */
  readonly counts: ReviewCounts;
}

export interface SubjectReview {
  readonly subjectId: string;
  readonly code?: string;
  readonly siteId: string;
  readonly status: string;
  readonly visits: readonly VisitReview[];
  /** Sum of the visits' counts plus the queries about the subject itself (no visit). */
  readonly counts: ReviewCounts;
}

export interface SiteReview {
  readonly siteId: string;
  readonly subjects: number;
  readonly counts: ReviewCounts;
}

export type FindingKind = 'missing' | 'accounted' | 'pending' | 'soft-unconfirmed' | 'hard-violation' | 'not-started';

/** Where the grid navigates to show a finding: the field (or the form, for a form finding). */
export interface FindingLink {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  readonly recordId?: string;
  readonly itemId?: string;
}

export interface Finding {
  readonly kind: FindingKind;
  /** Unique and stable: kind + the field's place. */
  readonly key: string;
  /** Stable sort key: subject code, visit day, form and field order, kind. Findings come sorted by it. */
  readonly sortKey: string;
  readonly subjectId: string;
  readonly siteId: string;
  readonly visitId: string;
  readonly formId: string;
  readonly recordId?: string;
  readonly itemId?: string;
  readonly message: Bilingual;
  readonly link: FindingLink;
}

/** A query not yet closed, indexed by the place it is about (queryIndexKey). */
export interface OpenQueryRef {
  readonly queryId: string;
  readonly status: 'open' | 'answered';
  readonly system: boolean;
  readonly text: string;
}

export interface ProtocolReview {
  readonly protocolId: string;
  readonly protocolVersion: string;
  readonly today: string;
  readonly blinded: boolean;
  readonly subjects: readonly SubjectReview[];
  readonly sites: readonly SiteReview[];
  readonly counts: ReviewCounts;
  readonly findings: readonly Finding[];
  /**
   * Queries not yet closed by the place they are about (subject, visit, form, row, item), so the grid
   * can filter "has open query": look up `queryIndexKey(link)`.
   */
  readonly openQueries: ReadonlyMap<string, readonly OpenQueryRef[]>;
}
