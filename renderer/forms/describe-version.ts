import type { TFunction } from 'i18next';
import type { ItemVersion } from '../../shared/events';
import type { FieldModel, Language } from '../../shared/forms';
import { formatNumber } from './labels';
import { fromStoredMissingCode } from './store-drafts';

/** How one stored version of a field reads in its history: value and unit as typed, or the missing reason. */
export function describeVersion(field: FieldModel, version: ItemVersion, language: Language, t: TFunction): string {
  if (version.kind === 'cleared') return t('entry.history.cleared');
  if (version.kind === 'missing') {
    const code = version.missing === undefined ? undefined : fromStoredMissingCode(version.missing.code);
    const reason = field.missingReasons.find((m) => m.code === code)?.label[language] ?? version.missing?.code ?? '';
    return t('entry.history.missing', { reason });
  }
  const confirmed = version.softRangeConfirmed === true ? ` · ${t('entry.history.confirmed')}` : '';
  switch (field.kind) {
    case 'choice': {
      const label = field.choices.find((c) => c.code === version.value)?.label[language];
      return `${label ?? String(version.value)}${confirmed}`;
    }
    case 'boolean':
      return (version.value === true ? t('entry.field.yes') : t('entry.field.no')) + confirmed;
    case 'quantity':
    case 'integer': {
      const typedUnit = version.enteredUnit ?? version.unit ?? '';
      const typed = `${version.entered ?? String(version.value)}${typedUnit === '' ? '' : ` ${typedUnit}`}`;
      const decimals = field.kind === 'quantity' ? field.decimals : 0;
      const stored =
        version.enteredUnit !== undefined && typeof version.value === 'number'
          ? ` (= ${formatNumber(version.value, decimals, language)} ${version.unit ?? ''})`
          : '';
      return `${typed}${stored}${confirmed}`;
    }
    default:
      return `${version.entered ?? String(version.value)}${confirmed}`;
  }
}
