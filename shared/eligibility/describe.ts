/**
 * How values, units and thresholds read in an explanation, in each UI language. Stored units show the
 * catalogue's localized unit label when it has one (years → 岁).
 */
import type { CatalogueItemView } from '../protocol';
import { formatNumber } from './compare';
import type { Observation } from './observations';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export type Text = { readonly en: string; readonly zh: string };

/** Builds the same sentence in both languages. */
export const both = (sentence: (lang: Lang) => string): Text => ({ en: sentence('en'), zh: sentence('zh') });

export const labelOf = (def: CatalogueItemView | undefined, id: string): Text => def?.label ?? { en: id, zh: id };

/** " µmol/L", " 岁", or "" for no unit. */
export function unitText(def: CatalogueItemView | undefined, unit: string | undefined, lang: Lang): string {
  const symbol = unit ?? def?.unit;
  if (symbol === undefined || symbol === '') return '';
  const localized = symbol === def?.unit ? def.unitLabel?.[lang] : undefined;
  return ` ${localized ?? symbol}`;
}

/** A number with its unit: "85.5 µmol/L". */
export const quantityText = (value: number, def: CatalogueItemView | undefined, unit: string | undefined, lang: Lang): string =>
  `${formatNumber(value)}${unitText(def, unit, lang)}`;

/** A value as entered: "<20 U/L", "45 岁", "NEGATIVE", "2024-03-04". */
export function shown(o: Observation, def: CatalogueItemView | undefined, lang: Lang): string {
  if (typeof o.value !== 'number') return String(o.value);
  return `${o.qualifier ?? ''}${quantityText(o.value, def, o.unit, lang)}`;
}

/** "：" after Chinese, ": " after English. */
export const colon = (lang: Lang): string => (lang === 'en' ? ': ' : '：');
export const comma = (lang: Lang): string => (lang === 'en' ? ', ' : '，');
/** " (text)" in English, "（text）" in Chinese. */
export const aside = (lang: Lang, text: string): string => (lang === 'en' ? ` (${text})` : `（${text}）`);
export const RULE_WORD: Readonly<Record<Lang, string>> = { en: 'rule ', zh: '规则 ' };
