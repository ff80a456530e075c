/**
 * Unit-slip heuristics (domain.md §2.1): a value typed into the stored-unit field that looks like it was
 * read off a report in another unit. They only ever warn; the site confirms or corrects.
 */
import type { ItemId } from './ids';
import type { LocalizedText } from './schema';
import { getItem } from './catalogue';
import { convertToStored } from './units';

export type UnitSlipCondition =
  /** value < threshold; `whenJaundiced` limits it to patients the caller says are jaundiced. */
  | { readonly kind: 'below'; readonly threshold: number; readonly whenJaundiced?: boolean }
  | { readonly kind: 'above'; readonly threshold: number }
  /** value > ratio × the same item's previous stored value (given in the context). */
  | { readonly kind: 'above-previous'; readonly ratio: number };

export interface UnitSlipHeuristic {
  readonly itemId: ItemId;
  readonly condition: UnitSlipCondition;
  /** An alternative unit of the item: the unit the value was probably read in. */
  readonly probableUnit: string;
  readonly message: LocalizedText;
  readonly assumption?: LocalizedText;
}

export interface UnitSlipContext {
  readonly jaundiced?: boolean;
  readonly previousStoredValue?: number;
}

export interface UnitSlipWarning {
  readonly itemId: ItemId;
  readonly probableUnit: string;
  readonly message: LocalizedText;
  /** What the value would be in the stored unit if it was in fact in `probableUnit`. */
  readonly storedIfProbableUnit: number;
  readonly severity: 'warning';
}

export const UNIT_SLIP_HEURISTICS: readonly UnitSlipHeuristic[] = [
  {
    itemId: 'bilirubin',
    condition: { kind: 'below', threshold: 30, whenJaundiced: true },
    probableUnit: 'mg/dL',
    message: {
      en: 'Bilirubin below 30 µmol/L in a jaundiced patient: was it reported in mg/dL?',
      zh: '黄疸患者总胆红素低于 30 µmol/L：化验单单位是否为 mg/dL？',
    },
  },
  {
    itemId: 'albumin',
    condition: { kind: 'below', threshold: 7 },
    probableUnit: 'g/dL',
    message: { en: 'Albumin below 7 g/L: was it reported in g/dL?', zh: '白蛋白低于 7 g/L：化验单单位是否为 g/dL？' },
  },
  {
    itemId: 'creatinine',
    condition: { kind: 'below', threshold: 15 },
    probableUnit: 'mg/dL',
    message: { en: 'Creatinine below 15 µmol/L: was it reported in mg/dL?', zh: '肌酐低于 15 µmol/L：化验单单位是否为 mg/dL？' },
  },
  {
    itemId: 'urea',
    condition: { kind: 'above-previous', ratio: 3 },
    probableUnit: 'BUN mg/dL',
    message: {
      en: 'Urea more than 3 times the previous value: was BUN in mg/dL entered?',
      zh: '尿素超过上次结果的 3 倍：是否误录了以 mg/dL 为单位的尿素氮？',
    },
    assumption: {
      en: 'The reference reads “> 3× the BUN-equivalent”; the previous urea value is taken as the reference.',
      zh: '参考资料原文为“> BUN 当量的 3 倍”；此处以上次尿素结果作为参照。',
    },
  },
  {
    itemId: 'wbc',
    condition: { kind: 'above', threshold: 1_000 },
    probableUnit: 'cells/µL',
    message: {
      en: 'WBC above 1 000 × 10^9/L: was it reported in cells/µL?',
      zh: '白细胞计数高于 1000 × 10^9/L：化验单单位是否为 个/µL？',
    },
  },
  {
    itemId: 'platelets',
    condition: { kind: 'above', threshold: 1_000 },
    probableUnit: 'cells/µL',
    message: {
      en: 'Platelets above 1 000 × 10^9/L: was it reported in cells/µL?',
      zh: '血小板计数高于 1000 × 10^9/L：化验单单位是否为 个/µL？',
    },
  },
  {
    itemId: 'preOnsetPlatelets',
    condition: { kind: 'above', threshold: 1_000 },
    probableUnit: 'cells/µL',
    message: {
      en: 'Platelets before onset above 1 000 × 10^9/L: was it reported in cells/µL?',
      zh: '发病前血小板计数高于 1000 × 10^9/L：化验单单位是否为 个/µL？',
    },
  },
  {
    itemId: 'cholinesterase',
    condition: { kind: 'below', threshold: 30 },
    probableUnit: 'kU/L',
    message: { en: 'Cholinesterase below 30 U/L: was it reported in kU/L?', zh: '胆碱酯酶低于 30 U/L：化验单单位是否为 kU/L？' },
  },
  {
    itemId: 'dosePerKg',
    condition: { kind: 'below', threshold: 1_000 },
    probableUnit: '×10^6 cells/kg',
    message: {
      en: 'Dose below 1 000 cells/kg: was it meant as × 10^6 cells/kg?',
      zh: '剂量低于 1000 个细胞/kg：是否应为 × 10^6 个细胞/kg？',
    },
    assumption: { en: 'Not in the domain reference; added for cell-dose entry.', zh: '参考资料未列出；为细胞剂量录入而增设。' },
  },
];

function fires(condition: UnitSlipCondition, value: number, context: UnitSlipContext): boolean {
  switch (condition.kind) {
    case 'below':
      return value < condition.threshold && (!condition.whenJaundiced || context.jaundiced === true);
    case 'above':
      return value > condition.threshold;
    case 'above-previous': {
      const previous = context.previousStoredValue;
      return previous !== undefined && Number.isFinite(previous) && previous > 0 && value > condition.ratio * previous;
    }
  }
}

/**
 * Warnings for a value entered in `unit`. Heuristics describe the stored-unit field, so a value entered
 * in any other unit (the site chose it on purpose), an unknown item or a non-number yields none.
 */
export function unitSlipWarnings(
  itemId: ItemId | (string & {}),
  value: number,
  unit: string,
  context: UnitSlipContext = {},
): readonly UnitSlipWarning[] {
  const found = getItem(itemId);
  if (!found.ok || found.value.kind !== 'quantity' || unit !== found.value.unit) return [];
  if (typeof value !== 'number' || !Number.isFinite(value)) return [];
  return UNIT_SLIP_HEURISTICS.flatMap((h): UnitSlipWarning[] => {
    if (h.itemId !== itemId || !fires(h.condition, value, context)) return [];
    const converted = convertToStored(h.itemId, value, h.probableUnit);
    if (!converted.ok) return [];
    return [
      { itemId: h.itemId, probableUnit: h.probableUnit, message: h.message, storedIfProbableUnit: converted.value, severity: 'warning' },
    ];
  });
}
