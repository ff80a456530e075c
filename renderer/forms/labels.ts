import type { LocalizedText } from '../../shared/catalogue';
import type { Language, UnitOption } from '../../shared/forms';

/** The text of a model label in the UI language. */
export const localized = (text: LocalizedText, language: Language): string => text[language];

export const unitLabel = (unit: UnitOption, language: Language): string => unit.label[language] || unit.unit;

/** A number for display: at most `decimals` places, no grouping (values are copied to and from lab reports). */
export function formatNumber(value: number, decimals: number, language: Language): string {
  return new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: decimals, useGrouping: false }).format(value);
}
