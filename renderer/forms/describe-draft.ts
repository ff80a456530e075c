import type { TFunction } from 'i18next';
import type { FieldDraft, FieldModel, Language } from '../../shared/forms';
import { unitLabel } from './labels';

/**
 * What a field shows, as one line of text (a read-only field): the value as typed with its qualifier and
 * unit, the choice's label, Yes/No, or the missing reason; empty when nothing is recorded.
 */
export function describeDraft(field: FieldModel, draft: FieldDraft | undefined, language: Language, t: TFunction): string {
  if (draft === undefined) return '';
  if (draft.missing !== '') {
    const reason = field.missingReasons.find((m) => m.code === draft.missing)?.label[language] ?? draft.missing;
    return t('entry.history.missing', { reason });
  }
  const value = draft.value.trim();
  if (value === '') return '';
  switch (field.kind) {
    case 'choice':
      return field.choices.find((c) => c.code === value)?.label[language] ?? value;
    case 'boolean':
      return value === 'true' ? t('entry.field.yes') : value === 'false' ? t('entry.field.no') : value;
    case 'quantity':
    case 'integer': {
      const unit = field.units.find((u) => u.unit === draft.unit);
      const shown = unit === undefined ? draft.unit : unitLabel(unit, language);
      return `${draft.qualifier}${value}${shown === '' ? '' : ` ${shown}`}`;
    }
    default:
      return value;
  }
}
