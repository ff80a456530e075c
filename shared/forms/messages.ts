/**
 * Field-level problem messages in English and Simplified Chinese. Cross-field rule messages live with
 * their rules (rules/cross-field-rules.ts).
 */
import type { LocalizedText } from '../catalogue';
import type { HardRangeModel } from './form-model';

const text = (en: string, zh: string): LocalizedText => ({ en, zh });

/** Plain decimal below a million; "1.5 × 10^8" above, as cell counts are written. */
export function formatNumber(n: number): string {
  if (Math.abs(n) < 1e6) return String(Number(n.toPrecision(12)));
  const [mantissa = '', exponent = ''] = n.toExponential().split('e');
  return `${Number(Number(mantissa).toPrecision(6))} × 10^${Number(exponent)}`;
}

const withUnit = (n: number, unit: string | undefined): string => (unit ? `${formatNumber(n)} ${unit}` : formatNumber(n));

export const MESSAGES = {
  malformedDraft: text('This field’s input could not be read.', '无法读取该字段的输入。'),
  notOnForm: text('This field is not on the form.', '该字段不在此表单中。'),
  number: text('Enter a number, e.g. 12.5.', '请输入数字，如 12.5。'),
  decimalComma: text('Use a point for decimals (12.5), not a comma.', '小数请用小数点（12.5），不要用逗号。'),
  integer: text('Enter a whole number.', '请输入整数。'),
  date: (partialAllowed: boolean): LocalizedText =>
    partialAllowed
      ? text('Enter a date as YYYY-MM-DD (or YYYY-MM, or YYYY, if only that is known).', '请按 YYYY-MM-DD 格式输入日期（仅知年月或年份时可填 YYYY-MM 或 YYYY）。')
      : text('Enter a date as YYYY-MM-DD.', '请按 YYYY-MM-DD 格式输入日期。'),
  partialDate: text('Enter the full date (YYYY-MM-DD): a partial date is not allowed here.', '此处须填写完整日期（YYYY-MM-DD），不可只填年份或年月。'),
  dateTime: text('Enter a date and time as YYYY-MM-DD HH:mm.', '请按 YYYY-MM-DD HH:mm 格式输入日期和时间。'),
  choice: text('Choose one of the listed options.', '请从列表中选择。'),
  boolean: text('Answer yes or no.', '请选择“是”或“否”。'),
  textTooLong: (max: number): LocalizedText => text(`At most ${max} characters.`, `最多 ${max} 个字符。`),
  unit: (unit: string, units: readonly string[]): LocalizedText =>
    text(`Unknown unit “${unit}”: choose one of ${units.join(', ')}.`, `未知单位“${unit}”：请选择 ${units.join('、')}。`),
  qualifierNotAllowed: text('“<” or “>” is not allowed for this field.', '此字段不可使用“<”或“>”。'),
  qualifierConflict: text('The “<” / “>” typed differs from the one chosen.', '输入的“<”/“>”与所选的不一致。'),
  missingReason: (code: string): LocalizedText =>
    text(`“${code}” is not a missing reason allowed here.`, `此处不可使用缺失原因“${code}”。`),
  missingCodeAsValue: text(
    'A missing reason is not a value: choose it as the missing reason instead.',
    '缺失原因不是数值：请在“缺失原因”中选择。',
  ),
  missingWithValue: text('Enter either a value or a missing reason, not both.', '数值与缺失原因只能填写其一。'),
  required: text('Required: enter a value or choose a missing reason.', '必填：请填写数值或选择缺失原因。'),
  hardRange: (range: HardRangeModel, unit: string | undefined): LocalizedText => {
    const span = range.minExclusive
      ? { en: `above ${formatNumber(range.min)} and at most ${withUnit(range.max, unit)}`, zh: `大于 ${formatNumber(range.min)} 且不超过 ${withUnit(range.max, unit)}` }
      : { en: `${formatNumber(range.min)}–${withUnit(range.max, unit)}`, zh: `${formatNumber(range.min)}–${withUnit(range.max, unit)}` };
    return text(
      `Outside the possible range (${span.en}): check the value and the unit.`,
      `超出可能范围（${span.zh}）：请核对数值和单位。`,
    );
  },
  softLow: (low: number, unit: string | undefined): LocalizedText =>
    text(`Unusually low (below ${withUnit(low, unit)}): please confirm.`, `数值偏低（低于 ${withUnit(low, unit)}）：请确认。`),
  softHigh: (high: number, unit: string | undefined): LocalizedText =>
    text(`Unusually high (above ${withUnit(high, unit)}): please confirm.`, `数值偏高（高于 ${withUnit(high, unit)}）：请确认。`),
  relativeChange: (ratio: number, previous: number, unit: string | undefined): LocalizedText => {
    const percent = formatNumber(ratio * 100);
    return text(
      `Changed by more than ${percent} % since the previous visit (${withUnit(previous, unit)}): please confirm.`,
      `较上次访视（${withUnit(previous, unit)}）变化超过 ${percent}%：请确认。`,
    );
  },
  fixedValue: (fixed: LocalizedText): LocalizedText =>
    text(`The protocol fixes this value at “${fixed.en}”: please confirm the deviation.`, `方案规定此值为“${fixed.zh}”：请确认此偏离。`),
} as const;
