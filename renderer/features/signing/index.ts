/**
 * Electronic signatures and locking (21 CFR Part 11 manner): an investigator signs a form, a visit or a
 * casebook by re-entering the password; signed data is locked until an investigator voids the signature
 * with a reason. The rules are shared/events/reducers/signatures.ts; docs/guide-investigator.md.
 */
export { SigningPanel, type SigningPanelProps } from './SigningPanel';
export { SignDialog, type SignDialogProps } from './SignDialog';
export { UnlockDialog, type UnlockDialogProps } from './UnlockDialog';
export { useSigningRows } from './use-signing-rows';
export { lockingSignatures } from './coverage';
export { signedWhat, blockerText } from './blocker-words';
export type { ConfirmPassword, PasswordFailure } from './credentials';
export type { PlaceNames } from './signing-model';
export { useVisitSigning, lockNoticeIdOf } from './use-visit-signing';
