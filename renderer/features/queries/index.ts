/**
 * renderer/features/queries: queries as threads (raise, answer, close, reopen: all events through
 * renderer/db's queries repository, allowed by shared/policy and the store's rules), the query button
 * beside a field, and the place helpers the visit page and the review use.
 */
export { QueryDialog, type QueryDialogProps } from './QueryDialog';
export { QueryThread, type QueryThreadProps } from './QueryThread';
export { FieldTrailDialog, type FieldTrailDialogProps } from './FieldTrailDialog';
export { QueryButton, type QueryButtonProps } from './QueryButton';
export { QueryStateBadge } from './QueryStateBadge';
export { WriteErrorNotice } from './WriteErrorNotice';
export { inReadingOrder, queriesAt, tallyQueries, type QueryPlaceRef, type QueryTally } from './query-place';
