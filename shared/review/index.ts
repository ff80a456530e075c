/**
 * shared/review: the monitor's review of a protocol's data on a given day. Over the projection rows
 * (shared/events reducers), the protocol and `today`: per subject × visit × form the counts of missing,
 * accounted and pending values, unconfirmed soft-range values, hard-range violations, forms not started
 * and forms not yet due, and open queries (an empty log counts as missing unless "none to report" was
 * answered); rolled up per visit, subject, site and protocol; plus a flat, sorted list of findings that
 * link to fields; and a field's values with its queries' steps (fieldTrail). Definitions: docs/review-model.md.
 *
 * Non-goals: loading rows (the caller does), cross-field rules and unit-slip heuristics (the form
 * engine's completion check shows them on the form), raising queries, rendering.
 */
export { buildReview, type ReviewInput } from './build-review';
export { ReviewCache, reviewCacheFor, type FieldPlan, type FormPlan, type ScheduledVisitTemplate, type VisitPlan } from './review-cache';
export { COUNT_KEYS, addCounts, sumCounts, zeroCounts } from './counts';
export { hasOpenQuery, queryIndexKey, type QueryPlace } from './query-index';
export { FINDING_MESSAGES } from './finding-messages';
export type {
  Bilingual,
  CountKey,
  Finding,
  FindingKind,
  FindingLink,
  FormReview,
  FormReviewStatus,
  OpenQueryRef,
  ProtocolReview,
  ReviewCounts,
  SiteReview,
  SubjectReview,
  VisitDue,
  VisitReview,
} from './review-types';
export { LIFECYCLE_STAGES, SignatureIndex, combineLifecycles, formLifecycle, lifecycleRank, recordVerified, type Lifecycle, type StagedForm } from './lifecycle';
export { reviewLifecycles, type LifecycleInput, type Lifecycles } from './review-lifecycles';
export { CELL_TONES, buildGrid, cellTone, gridColumns, type CellTone, type CellVisit, type GridCell, type GridColumn, type GridFilter, type GridRow, type ReviewGrid } from './grid';
export {
  FINDING_KINDS,
  FINDING_SORT_KEYS,
  FINDINGS_CSV_COLUMNS,
  KIND_OF_STATUS,
  filterFindings,
  findingRows,
  findingsCsv,
  sortFindings,
  type FindingFilter,
  type FindingRow,
  type FindingSortKey,
  type SortDirection,
} from './findings-table';
export { sdvHistory, sdvKey, sdvStateOf, type SdvState } from './sdv-history';
export { completionQueries, systemQueryText, type CompletionPlace, type SystemQueryDraft } from './completion-queries';
export { QUERY_ACTIONS, QUERY_STATE_NAMES, QUERY_TEXT_REQUIRED, queryActions, type QueryAction, type QueryActionOption } from './query-actions';
export { visibleQueries } from './query-visibility';
export { fieldTrail, type TrailStep } from './field-trail';
