import type { Issue, IssuePath } from '../../lib/result';

/** What is wrong with a key file or a sealed bundle's header, for the UI to explain and tests to tell apart. */
export type SealedIssueCode =
  /** Not JSON, or (a sealed bundle) not starting with the magic and a header length. */
  | 'not-readable'
  /** JSON of some other kind: the `format` field names another file kind. */
  | 'wrong-kind'
  /** Made by a newer app: update to read it. */
  | 'future-format'
  /** A field is missing or wrong: the issue's path names it. */
  | 'invalid'
  /** The ciphertext is shorter or longer than the header says: cut short, or something appended. */
  | 'size-mismatch';

export interface SealedIssue extends Issue {
  readonly code: SealedIssueCode;
}

export const sealedIssue = (code: SealedIssueCode, path: IssuePath, message: string): SealedIssue => ({ code, path, message, severity: 'error' });
