import type { TFunction } from 'i18next';
import type { EntryRow } from '../../../shared/events';
import type { Language, VisitModel } from '../../../shared/forms';
import type { FieldAddress } from '../../forms';
import { recordsOf } from './visit-values';

/** How a record reads: the form's title, or "Adverse events 2" for a row of a log. */
export function recordLabel(visit: VisitModel, rows: readonly EntryRow[], formId: string, recordId: string, language: Language, t: TFunction): string {
  const form = visit.forms.find((f) => f.id === formId);
  if (form === undefined) return formId;
  const number = form.repeating ? recordsOf(rows, form.id).findIndex((r) => r.recordId === recordId) + 1 : 0;
  return number > 0 ? t('entry.record.label', { form: form.title[language], number }) : form.title[language];
}

/** How a field reads with its form (and row): "Laboratory tests – Albumin". */
export function fieldLabel(visit: VisitModel, rows: readonly EntryRow[], a: FieldAddress, language: Language, t: TFunction): string {
  const field = visit.forms.find((f) => f.id === a.formId)?.fields.find((f) => f.key === a.itemId)?.label[language] ?? a.itemId;
  return `${recordLabel(visit, rows, a.formId, a.recordId, language, t)} – ${field}`;
}
