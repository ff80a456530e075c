import type { TFunction } from 'i18next';
import { SINGLE_RECORD } from '../../../shared/events';
import type { PlaceNames, SigningBlocker, SigningRows, SigningScope } from './signing-model';

/** A blocker in the user's words, naming the form or query (never the title of a form this user may not see). */
export function blockerText(blocker: SigningBlocker, rows: SigningRows, names: PlaceNames, t: TFunction): string {
  switch (blocker.kind) {
    case 'nothing-complete':
      return t('signing.blocker.nothingComplete');
    case 'form-incomplete': {
      const visit = names.visit(blocker.visitId);
      const form = names.form(blocker.visitId, blocker.formId);
      if (form === undefined) return t('signing.blocker.hiddenForm', { visit });
      if (blocker.recordId === SINGLE_RECORD) return t('signing.blocker.formIncomplete', { form, visit });
      const live = rows.entries.filter((e) => e.visitId === blocker.visitId && e.formId === blocker.formId && e.recordId !== SINGLE_RECORD && !e.removed);
      const number = live.findIndex((e) => e.recordId === blocker.recordId) + 1;
      return t('signing.blocker.recordIncomplete', { form, visit, record: number > 0 ? number : blocker.recordId });
    }
    case 'open-query': {
      const hidden = blocker.visitId !== undefined && blocker.formId !== undefined && names.form(blocker.visitId, blocker.formId) === undefined;
      if (hidden) return t('signing.blocker.hiddenQuery');
      return t('signing.blocker.openQuery', { text: rows.queries.find((q) => q.queryId === blocker.queryId)?.text ?? blocker.queryId });
    }
    case 'already-signed':
      return t('signing.blocker.alreadySigned', { signer: blocker.signerName });
  }
}

/** What a signature of this scope signs, worded: "the form “Labs” of Week 4", "every form of Week 4", "the whole casebook…". */
export function signedWhat(scope: Pick<SigningScope, 'level' | 'visitId' | 'formId'>, names: PlaceNames, t: TFunction): string {
  const visit = scope.visitId === undefined ? '' : names.visit(scope.visitId);
  switch (scope.level) {
    case 'form':
      return t('signing.what.form', { form: (scope.visitId === undefined || scope.formId === undefined ? undefined : names.form(scope.visitId, scope.formId)) ?? scope.formId ?? '', visit });
    case 'visit':
      return t('signing.what.visit', { visit });
    case 'casebook':
      return t('signing.what.casebook', { subject: names.subject });
  }
}
