/**
 * Study-day arithmetic on visit definitions. Day 1 = week 0 = the first study infusion; there is no
 * day 0 (SDTM), so week w is day 7w + 1 and the days before day 1 are -1, -2, …
 */
import type { Visit, VisitWindow } from './visits';

export const studyDayOfWeek = (week: number): number => 7 * week + 1;

/** The target study day of a scheduled visit; undefined for on-demand visits. */
export function targetDay(visit: Pick<Visit, 'week' | 'day'>): number | undefined {
  if (visit.week !== undefined) return studyDayOfWeek(visit.week);
  return visit.day;
}

/** A scheduled visit has a target day and a window; unscheduled and early-termination visits have neither. */
export interface ScheduledTiming {
  readonly day: number;
  readonly week: number | undefined;
  readonly window: VisitWindow;
}

export function scheduledTiming(visit: Visit): ScheduledTiming | undefined {
  const day = targetDay(visit);
  if (day === undefined || visit.window === undefined) return undefined;
  return { day, week: visit.week, window: visit.window };
}
