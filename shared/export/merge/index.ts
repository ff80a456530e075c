/**
 * shared/export/merge: what the central tools do with verified bundles, as pure functions.
 *
 * Purpose: merge bundles of one protocol version into one log carrying every device's whole chain
 * (duplicates kept once; forks, gaps and missing ancestors refused; conflicts found with the import's
 * rule), summarise a bundle (devices and chain heads, subjects, conflicts inside it), and take its
 * members out of the zip once readBundle has verified them.
 *
 * Non-goals: files, clocks and output formats (electron/cli); writing the merged bundle (buildBundle).
 */
export { mergeBundles, type MergedChain, type MergedLog, type MergeInput, type MergeIssue, type MergeIssueCode } from './merge-bundles';
export { conflictsWithin, summarizeBundle, type BundleSummary, type ConflictScan, type DeviceSummary, type SubjectSummary } from './bundle-summary';
export { bundleMembers } from './members';
