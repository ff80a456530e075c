import type { SignatureRow, SigningScope } from './signing-model';

/** Valid signatures that lock the scope: a casebook signature locks all, a visit signature its forms. */
export function lockingSignatures(signatures: readonly SignatureRow[], scope: SigningScope): SignatureRow[] {
  return signatures.filter(
    (s) =>
      s.status === 'valid' &&
      s.subjectId === scope.subjectId &&
      (s.level === 'casebook' ||
        (scope.level !== 'casebook' && s.visitId === scope.visitId && (s.level === 'visit' || (scope.level === 'form' && s.formId === scope.formId)))),
  );
}

/** Signatures of exactly this scope that no longer hold (voided, or invalidated by an imported change). */
export function endedSignatures(signatures: readonly SignatureRow[], scope: SigningScope): SignatureRow[] {
  return signatures.filter(
    (s) => s.status !== 'valid' && s.subjectId === scope.subjectId && s.level === scope.level && s.visitId === scope.visitId && s.formId === scope.formId,
  );
}
