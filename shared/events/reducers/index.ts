/**
 * Pure reducers from events to projection rows. Purpose: one definition of "current state" for
 * the renderer's store, the importer and the command-line tool. Non-goals: loading or storing
 * rows (the caller does, by the keys rowsTouchedBy names), clocks, permissions by role.
 */
export { applyEvent } from './apply';
export { checkEvent } from './check';
export { coveringSignatures } from './entries';
export { isSameAsCurrent, mergeItemVersion, contentOf, versionOf, type ItemContent, type ItemDraft, type ItemEvent } from './item-versions';
export { MemoryProjection, entryMapKey } from './memory-projection';
export * from './rows';
export { isEnrolled } from './subjects';
export { entryKeyOf, rowsTouchedBy, type EntryKey, type RowChanges, type RowRefs, type TouchedRows } from './touched';
