/**
 * Checks on one field's parsed value: hard range (error), soft range, change since the previous visit,
 * unit slips and protocol-fixed values (warnings). Cross-field rules live in rules/.
 */
import { unitSlipWarnings, type ItemId, type LocalizedText } from '../catalogue';
import type { EntryContext, FieldEntry, Problem, ProblemCode, ProblemSeverity } from './entry-contract';
import type { FieldModel, IntegerField, QuantityField } from './form-model';
import { MESSAGES } from './messages';
import type { ParsedField } from './parse/parse-field';

/** Visible jaundice, about 3 mg/dL [ASSUMPTION]: below it a bilirubin < 30 µmol/L is unremarkable. */
export const JAUNDICE_THRESHOLD_UMOL_L = 51.3;

const problem = (key: ItemId, severity: ProblemSeverity, code: ProblemCode, message: LocalizedText): Problem => ({
  key,
  keys: [key],
  severity,
  code,
  message,
});

const snap = (x: number): number => Number(x.toPrecision(12));

function hardStatus(field: QuantityField | IntegerField, value: number): 'low' | 'high' | 'ok' {
  const { min, max, minExclusive } = field.hardRange;
  if (minExclusive ? value <= min : value < min) return 'low';
  return value > max ? 'high' : 'ok';
}

function rangeProblems(field: QuantityField | IntegerField, value: number): Problem[] {
  const hard = hardStatus(field, value);
  if (hard !== 'ok') return [problem(field.key, 'error', `range.hard-${hard}`, MESSAGES.hardRange(field.hardRange, field.unit))];
  const soft = field.softRange;
  if (soft?.low !== undefined && value < soft.low) return [problem(field.key, 'warning', 'range.soft-low', MESSAGES.softLow(soft.low, field.unit))];
  if (soft?.high !== undefined && value > soft.high) return [problem(field.key, 'warning', 'range.soft-high', MESSAGES.softHigh(soft.high, field.unit))];
  return [];
}

const previousNumber = (context: EntryContext, key: string): number | undefined => {
  const previous = context.previous?.[key];
  return typeof previous === 'number' && Number.isFinite(previous) ? previous : undefined;
};

function relativeChange(field: QuantityField, value: number, context: EntryContext): Problem[] {
  const ratio = field.softMaxRelativeChange;
  const previous = previousNumber(context, field.key);
  if (ratio === undefined || previous === undefined || previous <= 0) return [];
  if (snap(Math.abs(value - previous) / previous) <= ratio) return [];
  return [problem(field.key, 'warning', 'range.relative-change', MESSAGES.relativeChange(ratio, previous, field.unit))];
}

/** Jaundiced when the caller says so, else when the previous visit's bilirubin shows visible jaundice. */
export function isJaundiced(context: EntryContext): boolean | undefined {
  if (context.jaundiced !== undefined) return context.jaundiced;
  const previous = previousNumber(context, 'bilirubin');
  return previous === undefined ? undefined : previous > JAUNDICE_THRESHOLD_UMOL_L;
}

function unitSlips(field: QuantityField, parsed: ParsedField, context: EntryContext): Problem[] {
  if (parsed.typed === undefined) return [];
  const jaundiced = isJaundiced(context);
  const previous = previousNumber(context, field.key);
  const slipContext = { ...(jaundiced === undefined ? {} : { jaundiced }), ...(previous === undefined ? {} : { previousStoredValue: previous }) };
  // A slip explains a value only if, read in the probable unit, it would be possible (a dose of 0 is not
  // 0 × 10^6 cells/kg by mistake, it is wrong in any unit).
  return unitSlipWarnings(field.key, parsed.typed.number, parsed.typed.unit, slipContext)
    .filter((w) => hardStatus(field, w.storedIfProbableUnit) === 'ok')
    .map((w) => problem(field.key, 'warning', 'unit-slip', w.message));
}

function fixedValueText(field: FieldModel): LocalizedText {
  const fixed = String(field.fixedValue);
  if (field.kind === 'boolean') return field.fixedValue === true ? { en: 'Yes', zh: '是' } : { en: 'No', zh: '否' };
  if (field.kind === 'choice') return field.choices.find((c) => c.code === fixed)?.label ?? { en: fixed, zh: fixed };
  return { en: fixed, zh: fixed };
}

function fixedValueDiffers(field: FieldModel, entry: Extract<FieldEntry, { status: 'value' }>): Problem[] {
  if (field.fixedValue === undefined || entry.value === field.fixedValue) return [];
  return [problem(field.key, 'warning', 'fixed-value.differs', MESSAGES.fixedValue(fixedValueText(field)))];
}

/** Field-level problems of a readable value; none for an empty field or a missing reason. */
export function fieldChecks(field: FieldModel, parsed: ParsedField, context: EntryContext): Problem[] {
  const entry = parsed.entry;
  if (entry === null || entry.status !== 'value') return [];
  const problems = fixedValueDiffers(field, entry);
  if ((field.kind === 'quantity' || field.kind === 'integer') && typeof entry.value === 'number') {
    problems.push(...rangeProblems(field, entry.value));
    if (field.kind === 'quantity') problems.push(...relativeChange(field, entry.value, context), ...unitSlips(field, parsed, context));
  }
  return problems;
}
