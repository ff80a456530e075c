/**
 * Cell-dose checks (domain.md §2.3, §6.2): total cells ≈ dose/kg × dosing weight, and the dose given ≈ the
 * protocol's dose for the subject's arm at this visit (FormModel.dose, unblinded models only). Warnings:
 * a real deviation must stay recordable.
 */
import type { ItemId, LocalizedText } from '../../catalogue';
import type { Problem } from '../entry-contract';
import { formatNumber } from '../messages';
import { visitNumberOf, type RecordState } from './record-state';

/** ± 10 % inclusive. */
export const DOSE_TOLERANCE = 0.1;

const snap = (x: number): number => Number(x.toPrecision(12));
const within = (actual: number, expected: number): boolean => expected > 0 && snap(Math.abs(actual / expected - 1)) <= DOSE_TOLERANCE;

const warning = (key: ItemId, keys: ItemId[], id: string, message: LocalizedText): Problem => ({
  key,
  keys: [key, ...keys.filter((k) => k !== key)],
  severity: 'warning',
  code: `rule.${id}`,
  message,
});

function productCheck(perKg: number | undefined, weight: number | undefined, total: number | undefined): Problem[] {
  if (perKg === undefined || weight === undefined || total === undefined) return [];
  const expected = perKg * weight;
  if (within(total, expected)) return [];
  const [t, p, e] = [total, perKg, expected].map(formatNumber);
  return [
    warning('totalCells', ['dosePerKg', 'dosingWeight'], 'dose-total-mismatch', {
      en: `Total cells ${t} differ by more than 10 % from dose × dosing weight (${p} cells/kg × ${formatNumber(weight)} kg = ${e}).`,
      zh: `输注细胞总数 ${t} 与剂量 × 给药体重（${p} 个细胞/kg × ${formatNumber(weight)} kg = ${e}）相差超过 10%。`,
    }),
  ];
}

function protocolCheck(state: RecordState, perKg: number | undefined, weight: number | undefined, total: number | undefined): Problem[] {
  const dose = state.model.dose;
  if (dose === undefined || dose.kind === 'placebo') return [];
  const product = perKg !== undefined && weight !== undefined ? perKg * weight : undefined;
  if (dose.kind === 'total-cells') {
    const actual = total ?? product;
    if (actual === undefined || within(actual, dose.cellsPerInfusion)) return [];
    const key: ItemId = total !== undefined ? 'totalCells' : 'dosePerKg';
    const [a, d] = [actual, dose.cellsPerInfusion].map(formatNumber);
    return [
      warning(key, ['totalCells', 'dosePerKg', 'dosingWeight'], 'dose-off-protocol', {
        en: `Total cells ${a} differ by more than 10 % from the protocol dose of ${d} cells per infusion.`,
        zh: `输注细胞总数 ${a} 与方案规定的每次 ${d} 个细胞相差超过 10%。`,
      }),
    ];
  }
  const actual = perKg ?? (total !== undefined && weight !== undefined && weight > 0 ? total / weight : undefined);
  if (actual === undefined) return [];
  const key: ItemId = perKg !== undefined ? 'dosePerKg' : 'totalCells';
  const keys: ItemId[] = ['dosePerKg', 'totalCells', 'dosingWeight'];
  const a = formatNumber(actual);
  if (dose.kind === 'cells-per-kg') {
    if (within(actual, dose.cellsPerKg)) return [];
    const d = formatNumber(dose.cellsPerKg);
    return [
      warning(key, keys, 'dose-off-protocol', {
        en: `Dose ${a} cells/kg differs by more than 10 % from the protocol dose of ${d} cells/kg.`,
        zh: `剂量 ${a} 个细胞/kg 与方案规定的 ${d} 个细胞/kg 相差超过 10%。`,
      }),
    ];
  }
  const low = dose.minCellsPerKg * (1 - DOSE_TOLERANCE);
  const high = dose.maxCellsPerKg * (1 + DOSE_TOLERANCE);
  if (snap(actual) >= snap(low) && snap(actual) <= snap(high)) return [];
  const [min, max] = [dose.minCellsPerKg, dose.maxCellsPerKg].map(formatNumber);
  return [
    warning(key, keys, 'dose-off-protocol', {
      en: `Dose ${a} cells/kg is outside the protocol range ${min}–${max} cells/kg (± 10 %).`,
      zh: `剂量 ${a} 个细胞/kg 超出方案范围 ${min}–${max} 个细胞/kg（± 10%）。`,
    }),
  ];
}

export function doseChecks(state: RecordState): Problem[] {
  // The dosing weight sits on the infusion form, the cell counts on the pharmacy form in blinded trials.
  const perKg = visitNumberOf(state, 'dosePerKg');
  const weight = visitNumberOf(state, 'dosingWeight');
  const total = visitNumberOf(state, 'totalCells');
  if (state.values['dosePerKg'] === undefined && state.values['totalCells'] === undefined) return [];
  return [...productCheck(perKg, weight, total), ...protocolCheck(state, perKg, weight, total)];
}
