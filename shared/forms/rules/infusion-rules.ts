/**
 * Infusion rules that compute (domain.md §2.2–§2.3): duration, fever after an infusion. Their limits are
 * data; dose checks are in dose-rules.ts.
 */
import type { ItemId, LocalizedText } from '../../catalogue';
import type { Problem, ProblemSeverity } from '../entry-contract';
import { dateTimeMinutes } from '../parse/parse-date';
import { formatNumber } from '../messages';
import { stopIsBeforeStart } from './evaluate-rules';
import { numberOf, stringOf, visitStringOf, type RecordState } from './record-state';

/** [ASSUMPTION, domain.md §2.3] hard 1 min–24 h (inclusive), soft < 10 or > 120 min (strict). */
export const INFUSION_DURATION = { hardMinMinutes: 1, hardMaxMinutes: 24 * 60, softLowMinutes: 10, softHighMinutes: 120 } as const;

/** domain.md §2.2: temperature ≥ 38.0 °C within 24 h after an infusion → prompt an AE. */
export const FEVER_AFTER_INFUSION = { thresholdCelsius: 38, withinHours: 24 } as const;

const problem = (key: ItemId, keys: ItemId[], severity: ProblemSeverity, id: string, message: LocalizedText): Problem => ({
  key,
  keys,
  severity,
  code: `rule.${id}`,
  message,
});

export function infusionDuration(state: RecordState): Problem[] {
  const start = stringOf(state, 'infusionStart');
  const stop = stringOf(state, 'infusionStop');
  if (start === undefined || stop === undefined || !state.keys.has('infusionStart') || !state.keys.has('infusionStop')) return [];
  // A stop before the start is its own error; the duration is meaningless then.
  if (stopIsBeforeStart(state, 'infusionStart', 'infusionStop')) return [];
  const a = dateTimeMinutes(start);
  const b = dateTimeMinutes(stop);
  if (a === undefined || b === undefined) return [];
  const minutes = b - a;
  const d = formatNumber(minutes);
  const keys: ItemId[] = ['infusionStop', 'infusionStart'];
  const { hardMinMinutes, hardMaxMinutes, softLowMinutes, softHighMinutes } = INFUSION_DURATION;
  if (minutes < hardMinMinutes || minutes > hardMaxMinutes) {
    return [
      problem('infusionStop', keys, 'error', 'infusion-duration-impossible', {
        en: `An infusion of ${d} min is not possible: it lasts 1 min to 24 h.`,
        zh: `输注时长 ${d} 分钟不合理：应为 1 分钟至 24 小时。`,
      }),
    ];
  }
  if (minutes < softLowMinutes || minutes > softHighMinutes) {
    return [
      problem('infusionStop', keys, 'warning', 'infusion-duration-unusual', {
        en: `An infusion of ${d} min is unusual (usually 10–120 min): please confirm.`,
        zh: `输注时长 ${d} 分钟不常见（通常为 10–120 分钟）：请确认。`,
      }),
    ];
  }
  return [];
}

/**
 * The infusion a temperature may follow: this visit's (this form's stop, else another form's, via
 * `context.visit`), else the subject's latest (`context.lastInfusionEnd`). The observation time is
 * `context.observedAt`; without it a fever at the infusion visit itself still prompts (vitals around an
 * infusion), while one at a later visit cannot be placed and does not.
 */
export function feverAfterInfusion(state: RecordState): Problem[] {
  const temperature = numberOf(state, 'temperature');
  if (temperature === undefined || temperature < FEVER_AFTER_INFUSION.thresholdCelsius) return [];
  const visitStop = visitStringOf(state, 'infusionStop');
  const end = dateTimeMinutes(visitStop ?? state.context.lastInfusionEnd ?? '');
  if (end === undefined) return [];
  const observedAt = state.context.observedAt;
  if (observedAt === undefined) {
    if (visitStop === undefined) return [];
  } else {
    const observed = dateTimeMinutes(observedAt);
    if (observed === undefined) return [];
    const elapsed = observed - end;
    if (elapsed < 0 || elapsed > FEVER_AFTER_INFUSION.withinHours * 60) return [];
  }
  return [
    problem('temperature', ['temperature', 'infusionStop'], 'warning', 'fever-after-infusion', {
      en: 'Temperature ≥ 38.0 °C within 24 h after an infusion: record an adverse event (e.g. infusion-related reaction) if there is one.',
      zh: '输注后 24 小时内体温 ≥ 38.0 °C：如有不良事件（如输注相关反应），请予记录。',
    }),
  ];
}
