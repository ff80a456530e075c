/** The shared types the signing feature works with, in one place. */
export type { SignatureRow } from '../../../shared/events';
export type { SigningBlocker, SigningScope } from '../../../shared/events/reducers/signatures';
export type { SigningRows } from '../../db';

/** How the page names places, for blockers and "what is signed": undefined = a form this user does not see. */
export interface PlaceNames {
  /** The subject's code (or id). */
  readonly subject: string;
  readonly visit: (visitId: string) => string;
  readonly form: (visitId: string, formId: string) => string | undefined;
}
