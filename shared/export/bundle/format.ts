/**
 * The CRF bundle format: names and limits shared by the writer and the reader.
 * Documented in docs/bundle-format.md; change the version when a reader of the old version could
 * misread a new bundle.
 */
export const BUNDLE_FORMAT = 'ecrf-crf-bundle';
/** 2: the manifest may name the people in the events (`people`). Version 1 bundles still read. */
export const BUNDLE_FORMAT_VERSION = 2;

export const MANIFEST_PATH = 'manifest.json';
export const EVENTS_PATH = 'events.ndjson';
export const ODM_PATH = 'odm.xml';
export const DICTIONARY_PATH = 'csv/data-dictionary.csv';
export const MISSING_FIELDS_PATH = 'csv/missing-fields.csv';
export const formCsvPath = (formId: string): string => `csv/${formId}.csv`;

/** Members every bundle has besides one CSV per form and the manifest. */
export const FIXED_MEMBERS: readonly string[] = [EVENTS_PATH, ODM_PATH, DICTIONARY_PATH, MISSING_FIELDS_PATH];

/** Form ids whose CSV would take the place of a fixed member. */
export const RESERVED_FORM_IDS: readonly string[] = ['data-dictionary', 'missing-fields'];

/**
 * What the reader accepts before it inflates anything: a bundle of 1,000 subjects with full history
 * is a few hundred MB; far beyond that is a mistake or an attack (a zip bomb declares small sizes).
 */
export const READ_LIMITS = {
  zipBytes: 2 ** 30,
  memberBytes: 2 ** 31 - 1,
  manifestBytes: 2 ** 20,
  entries: 1000,
  /** Problems reported in detail before the reader stops listing them. */
  issues: 50,
} as const;
