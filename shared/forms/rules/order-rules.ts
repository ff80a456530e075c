/**
 * Order of events within one visit (domain flag F4, NCT05985863): where a stage randomises at a visit
 * before a named form (`FormModel.precedingRandomisation`), the randomisation must come before that form's
 * start. An error: infusing before randomising cannot be completed as if it were in order.
 */
import type { ItemId } from '../../catalogue';
import type { Problem } from '../entry-contract';
import { dateTimeMinutes } from '../parse/parse-date';
import { visitStringOf, type RecordState } from './record-state';

/** The two date-times the check compares: `randomisedAt` (usually on another form of the visit) < `startsAt`. */
export const RANDOMISATION_ORDER = { randomisedAt: 'randomisationDateTime', startsAt: 'infusionStart' } as const satisfies Record<string, ItemId>;

/** A stored date-time as people write it: "2025-03-01 09:30". */
const shown = (value: string): string => value.replace('T', ' ');

/**
 * Fires when the randomisation is at or after the start (strictly before is required). It reads the start
 * from this form and the randomisation from the form, else `context.visit`; either one missing or
 * unreadable leaves the order unknown, and unknown never fires.
 */
export function randomisedBeforeStart(state: RecordState): Problem[] {
  const order = state.model.precedingRandomisation;
  const { randomisedAt, startsAt } = RANDOMISATION_ORDER;
  if (order === undefined || !state.keys.has(startsAt)) return [];
  const startValue = state.values[startsAt];
  const randomisedValue = visitStringOf(state, randomisedAt);
  if (typeof startValue !== 'string' || randomisedValue === undefined) return [];
  const start = dateTimeMinutes(startValue);
  const randomised = dateTimeMinutes(randomisedValue);
  if (start === undefined || randomised === undefined || randomised < start) return [];
  const [s, r, n] = [shown(startValue), shown(randomisedValue), order.stage];
  return [
    {
      key: startsAt,
      keys: [startsAt, randomisedAt],
      severity: 'error',
      code: 'rule.infusion-before-randomisation',
      message: {
        en: `The infusion start (${s}) is not after the stage-${n} randomisation (${r}): randomise first, then infuse.`,
        zh: `输注开始时间（${s}）未晚于第 ${n} 阶段随机时间（${r}）：须先完成随机，再开始输注。`,
      },
    },
  ];
}
