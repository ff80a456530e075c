import { useCallback, useMemo } from 'react';
import type { SubjectRow } from '../../../shared/events';
import type { Language, VisitModel } from '../../../shared/forms';
import { lockingSignatures } from './coverage';
import type { PlaceNames } from './signing-model';
import { useSigningRows } from './use-signing-rows';

/** The id of the notice that says which signature locks a form (its fields are described by it). */
export const lockNoticeIdOf = (formId: string): string => `signing-lock-${formId}`;

/** What the visit page needs to show signatures and locks: the subject's rows, place names, and which forms are locked. */
export function useVisitSigning(subject: SubjectRow, visit: VisitModel, visitId: string, language: Language) {
  const { subjectId } = subject;
  const rows = useSigningRows(subjectId);
  const names = useMemo<PlaceNames>(
    () => ({
      subject: subject.code ?? subjectId,
      visit: (id) => (id === visitId ? visit.label[language] : id),
      // Forms of this visit the user sees; any other is "a form you cannot see" in a blocker.
      form: (vId, fId) => (vId === visitId ? visit.forms.find((f) => f.id === fId)?.title[language] : undefined),
    }),
    [subject.code, subjectId, visitId, visit, language],
  );
  /** The lock notice's id when a valid signature covers the form (its fields are then read-only). */
  const lockOf = useCallback(
    (formId: string): string | undefined =>
      rows !== undefined && lockingSignatures(rows.signatures, { level: 'form', subjectId, visitId, formId }).length > 0 ? lockNoticeIdOf(formId) : undefined,
    [rows, subjectId, visitId],
  );
  return { rows, names, lockOf };
}
