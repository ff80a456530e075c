/**
 * The inputs a score actually used, after unit conversion and clamping (bilirubin in mg/dL, values below
 * 1.0 raised to 1.0, creatinine capped…), as display rows. A nurse who typed µmol/L sees why MELD treats
 * a creatinine of 60 µmol/L as 1.0 mg/dL.
 */
import { getItem, type ItemId, type LocalizedText } from '../../catalogue';

export interface FormulaInput {
  readonly key: string;
  readonly label: LocalizedText;
  readonly value: LocalizedText;
}

/** Score input names that are catalogue items under another id. */
const ITEM_OF_INPUT: Readonly<Record<string, ItemId>> = {
  ascites: 'ascitesGrade',
  encephalopathy: 'heGrade',
  etiology: 'etiologyCategory',
};

const YES: LocalizedText = { en: 'yes', zh: '是' };
const NO: LocalizedText = { en: 'no', zh: '否' };

function labelOf(key: string): LocalizedText {
  const item = getItem(ITEM_OF_INPUT[key] ?? key);
  return item.ok ? item.value.label : { en: key, zh: key };
}

/** Up to 3 decimals, without trailing zeros: 20 mg/dL, 1.234 mg/dL, 2.2. */
const number = (n: number): string => String(Number(n.toFixed(3)));

function valueOf(raw: unknown): LocalizedText | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { en: number(raw), zh: number(raw) };
  if (typeof raw === 'boolean') return raw ? YES : NO;
  if (typeof raw === 'string') return { en: raw, zh: raw };
  if (typeof raw === 'object' && raw !== null && 'value' in raw && 'unit' in raw) {
    const { value, unit } = raw as { value: unknown; unit: unknown };
    if (typeof value === 'number' && Number.isFinite(value) && typeof unit === 'string') {
      const text = `${number(value)} ${unit}`;
      return { en: text, zh: text };
    }
  }
  return undefined;
}

/** Display rows for a score result's `inputs` object; unknown shapes are skipped, never shown as "[object]". */
export function formulaInputs(inputs: unknown): FormulaInput[] {
  if (typeof inputs !== 'object' || inputs === null) return [];
  const rows: FormulaInput[] = [];
  for (const [key, raw] of Object.entries(inputs)) {
    const value = valueOf(raw);
    if (value !== undefined) rows.push({ key, label: labelOf(key), value });
  }
  return rows;
}
