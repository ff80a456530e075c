/** What each finding says, in English and Simplified Chinese. The grid shows visit and form beside it. */
import { MISSING_REASONS, isMissingReasonCode } from '../catalogue';
import type { Bilingual } from './review-types';

/** Plain decimal below a million, "6 × 10^7" above, as cell counts are written. */
function formatNumber(n: number): string {
  if (Math.abs(n) < 1e6) return String(Number(n.toPrecision(12)));
  const [mantissa = '', exponent = ''] = n.toExponential().split('e');
  return `${Number(Number(mantissa).toPrecision(6))} × 10^${Number(exponent)}`;
}

const withUnit = (n: number, unit: string | undefined) => (unit === undefined ? formatNumber(n) : `${formatNumber(n)} ${unit}`);

function reasonLabel(code: string): Bilingual {
  return isMissingReasonCode(code) ? MISSING_REASONS[code].label : { en: code, zh: code };
}

export const FINDING_MESSAGES = {
  missing: (field: Bilingual): Bilingual => ({
    en: `${field.en}: required, no value and no missing reason.`,
    zh: `${field.zh}：必填项未填写，且未说明缺失原因。`,
  }),
  accounted: (field: Bilingual, code: string): Bilingual => {
    const reason = reasonLabel(code);
    return { en: `${field.en}: not recorded (${reason.en}).`, zh: `${field.zh}：未记录（${reason.zh}）。` };
  },
  pending: (field: Bilingual): Bilingual => ({
    en: `${field.en}: result pending (temporarily unavailable).`,
    zh: `${field.zh}：结果待回报（暂时无法获得）。`,
  }),
  softUnconfirmed: (field: Bilingual, value: number, unit: string | undefined, side: 'low' | 'high', limit: number): Bilingual =>
    side === 'low'
      ? {
          en: `${field.en}: ${withUnit(value, unit)} is below the expected ${withUnit(limit, unit)}, not confirmed.`,
          zh: `${field.zh}：${withUnit(value, unit)} 低于预期的 ${withUnit(limit, unit)}，尚未确认。`,
        }
      : {
          en: `${field.en}: ${withUnit(value, unit)} is above the expected ${withUnit(limit, unit)}, not confirmed.`,
          zh: `${field.zh}：${withUnit(value, unit)} 高于预期的 ${withUnit(limit, unit)}，尚未确认。`,
        },
  hardViolation: (field: Bilingual, value: number, unit: string | undefined, min: number, max: number): Bilingual => ({
    en: `${field.en}: ${withUnit(value, unit)} is outside the possible range ${formatNumber(min)}–${withUnit(max, unit)}.`,
    zh: `${field.zh}：${withUnit(value, unit)} 超出可能范围 ${formatNumber(min)}–${withUnit(max, unit)}。`,
  }),
  logUnanswered: (log: Bilingual): Bilingual => ({
    en: `${log.en}: no entries, and “None to report” not answered.`,
    zh: `${log.zh}：没有记录，且未选择“无可报告”。`,
  }),
  noneContradicted: (log: Bilingual, rows: number): Bilingual => ({
    en: `${log.en}: “None to report” was answered, but ${rows === 1 ? '1 entry was' : `${rows} entries were`} added.`,
    zh: `${log.zh}：已选择“无可报告”，但又添加了 ${rows} 条记录。`,
  }),
  notStarted: (form: Bilingual): Bilingual => ({
    en: `${form.en}: not started, and the visit is due.`,
    zh: `${form.zh}：尚未开始填写，而访视已到期。`,
  }),
} as const;
