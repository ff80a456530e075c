/**
 * shared/export: CRF bundles and the readable exports, as pure functions.
 *
 * Purpose: build a bundle (a zip of the events, CDISC ODM 1.3.2, long CSV per form, a data dictionary
 * and the missing-fields report, with a manifest of hashes) as a stream; read one back verifying every
 * hash and chain; plan an import against the chains a store holds (new, duplicate, gap, fork,
 * conflicting item changes). Format and rules: docs/bundle-format.md.
 *
 * Non-goals: storage (renderer/db writes what planImport says), files and dialogs (the platform
 * bridge), clocks and ids (passed in). ODM vocabulary stays inside ./odm.
 */
export { buildBundle, type BuildBundleInput, type BundleProgress } from './bundle/build-bundle';
export { readBundle, readBundleAsync, type BundleContents, type ReadBundleOptions } from './bundle/read-bundle';
export { planImport, type ChainPlan, type ChainStatus, type ImportPlan, type PlanOptions } from './bundle/plan-import';
export { findConflicts, itemRefKey, itemsTouched, type ItemConflict, type ItemRef } from './bundle/item-conflicts';
export { memorySource, subjectsOf, type BundleSource, type Stream, type SubjectEvents } from './bundle/source';
export { bundleManifestSchema, bundlePersonSchema, type BundleKind, type BundleManifest, type BundleMember, type BundlePerson, type ChainRange } from './bundle/manifest';
export { protocolContentHash, protocolIdentity, type ProtocolIdentity } from './bundle/protocol-hash';
export type { BundleIssue, BundleIssueCode } from './bundle/issues';
export type { ByteSink } from './bundle/zip-writer';
export {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  DICTIONARY_PATH,
  EVENTS_PATH,
  formCsvPath,
  MANIFEST_PATH,
  MISSING_FIELDS_PATH,
  ODM_PATH,
} from './bundle/format';
export { buildBlindedExtract, type BlindedExtractInput } from './blinded/build-blinded-extract';
export { blindedExtractManifestSchema, type BlindedExtractManifest } from './blinded/extract-manifest';
export { blindedEventFilter, blindedProtocol } from './blinded/blinded-view';
export { buildCasebook, type Casebook } from './casebook/casebook';
export { causalSort } from './casebook/causal-sort';
export { csvHeader, csvLines } from './csv/csv-text';
export { FORM_CSV_COLUMNS, formCsvRows, formItemLists } from './csv/form-csv';
export { DICTIONARY_COLUMNS, dictionaryRows } from './csv/data-dictionary';
export { MISSING_FIELDS_COLUMNS, missingFieldRows, missingFields, type MissingField } from './csv/missing-fields';
export { directoryOf, type Directory } from './odm/directory';
export { writeOdm, type OdmInput } from './odm/write-odm';
