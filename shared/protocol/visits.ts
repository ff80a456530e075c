/**
 * Visits of the schedule. Timing is anchored to day 1 = the first study infusion = week 0; study days
 * have no day 0 (SDTM), so week w is day 7w + 1 and screening days are negative.
 */
import { z } from 'zod';
import { LocalId } from './ids';
import { Assumptions, Bilingual } from './text';

export const SCHEDULED_VISIT_KINDS = ['screening', 'baseline', 'treatment', 'follow-up', 'end-of-study'] as const;
export const ON_DEMAND_VISIT_KINDS = ['unscheduled', 'early-termination'] as const;
export const VisitKind = z.enum([...SCHEDULED_VISIT_KINDS, ...ON_DEMAND_VISIT_KINDS]);
export type VisitKind = z.infer<typeof VisitKind>;

export const VisitWindow = z
  .strictObject({
    before: z.number().int().min(0).max(366).meta({ description: 'Days allowed before the target day.' }),
    after: z.number().int().min(0).max(366).meta({ description: 'Days allowed after the target day.' }),
  })
  .meta({ id: 'VisitWindow', description: 'Allowed deviation from the target day, in days; never negative.' });
export type VisitWindow = z.infer<typeof VisitWindow>;

/**
 * Scheduled visits give `week` (day 7w + 1) or, before day 1, a negative `day`, plus a window.
 * Unscheduled and early-termination visits give neither: they happen on demand. parse-protocol checks
 * that each kind has the timing it needs.
 */
export const Visit = z.strictObject({
  id: LocalId,
  label: Bilingual,
  kind: VisitKind,
  week: z.number().int().min(0).max(520).optional(),
  day: z
    .number()
    .int()
    .min(-366)
    .max(-1)
    .optional()
    .meta({ description: 'Target study day before day 1 (screening), e.g. -1; use week for day 1 onwards.' }),
  window: VisitWindow.optional(),
  arms: z
    .array(LocalId)
    .min(1)
    .optional()
    .meta({ description: 'Only subjects in one of these arms (or arms they were re-randomised from); absent = all.' }),
  stages: z
    .array(z.number().int().min(1))
    .min(1)
    .optional()
    .meta({ description: 'Only subjects currently in one of these stages; absent = all.' }),
  forms: z.array(LocalId).min(1),
  assumptions: Assumptions,
}).meta({ id: 'Visit' });
export type Visit = z.infer<typeof Visit>;

export const isScheduledKind = (kind: VisitKind): boolean =>
  (SCHEDULED_VISIT_KINDS as readonly string[]).includes(kind);
