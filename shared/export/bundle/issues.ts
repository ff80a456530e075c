import type { Issue, IssuePath } from '../../lib/result';

/** What is wrong with a bundle, for the import dialog and for tests to tell problems apart. */
export type BundleIssueCode =
  | 'not-a-zip'
  | 'too-large'
  | 'zip-entries'
  | 'manifest-missing'
  | 'manifest-invalid'
  | 'not-a-bundle'
  | 'future-format'
  /** A blinded extract (manifest `blinded: true`): no events, so nothing to import. */
  | 'blinded-extract'
  | 'member-missing'
  | 'member-unexpected'
  | 'member-size'
  | 'member-hash'
  | 'member-unreadable'
  | 'foreign-protocol'
  | 'protocol-version-unknown'
  | 'protocol-content-differs'
  | 'event-invalid'
  | 'event-order'
  | 'event-protocol'
  | 'chain-broken'
  | 'chain-range'
  | 'subject-order'
  | 'input-invalid'
  | 'output-failed';

export interface BundleIssue extends Issue {
  readonly code: BundleIssueCode;
}

export const bundleIssue = (code: BundleIssueCode, path: IssuePath, message: string): BundleIssue => ({
  code,
  path,
  message,
  severity: 'error',
});
