import { useMemo } from 'react';
import type { CasebookView } from '../../../shared/casebook';
import { useLanguage } from '../../i18n';
import { SigningPanel, useSigningRows, type PlaceNames } from '../signing';

/**
 * The casebook's own signature (an investigator's "Sign casebook…", the casebook lock and its void) at the
 * top of the document. Place names come from the view, so a blinded signer never reads a hidden form's title.
 */
export function CasebookSigning({ view }: { readonly view: CasebookView }) {
  const [language] = useLanguage();
  const { subject } = view;
  const rows = useSigningRows(subject.subjectId);
  const names = useMemo<PlaceNames>(
    () => ({
      subject: subject.code ?? subject.subjectId,
      visit: (visitId) => view.visits.find((v) => v.visitId === visitId)?.label[language] ?? visitId,
      form: (visitId, formId) => view.visits.find((v) => v.visitId === visitId)?.forms.find((f) => f.formId === formId)?.title[language],
    }),
    [subject.code, subject.subjectId, view.visits, language],
  );
  return (
    <SigningPanel
      scope={{ level: 'casebook', subjectId: subject.subjectId }}
      rows={rows}
      names={names}
      protocol={{ id: subject.protocolId, version: subject.protocolVersion }}
    />
  );
}
