/**
 * What a visit brings beyond its single forms: the rows of the repeating forms (adverse events since the
 * last visit, new medications, decompensation events) and the infusion of a dosing visit.
 */
import { armLineage, type Allocation, type Protocol } from '../protocol';
import type { InfusionFacts } from './answers';
import type { DemoProfile } from './demo-options';
import { localInstant, MINUTE } from './demo-time';
import type { Random } from './random';
import { adverseEvent, conmed, dateText, decompensation, fatalAdverseEvent, type RecordSpec } from './record-specs';
import type { SubjectCourse } from './subject-course';

export interface RowsRequest {
  readonly profile: DemoProfile;
  readonly course: SubjectCourse;
  readonly formId: string;
  readonly day: number;
  /** The previous scheduled visit's day: events since then are logged now. */
  readonly lastVisitDay: number;
  /** The early-termination visit records the end of the course, nothing else. */
  readonly onDemand: boolean;
}

export function rowsFor(request: RowsRequest, rng: Random): RecordSpec[] {
  const { profile, course, formId, day, onDemand } = request;
  const from = Math.min(day, request.lastVisitDay + 1);
  const worsening = course.trend === 'worsening';
  if (onDemand) {
    const outcome = course.outcome;
    return formId === 'adverse-events' && outcome.kind === 'died' ? [{ form: 'adverse-events', spec: fatalAdverseEvent(rng, outcome.day) }] : [];
  }
  const rows: RecordSpec[] = [];
  switch (formId) {
    case 'adverse-events': {
      const rate = (profile === 'aclf' ? 0.45 : 0.25) + (worsening ? 0.2 : 0);
      // Day 1 is the first infusion: an infusion reaction now and then, nothing older.
      const count = day === course.day1 ? (rng.chance(0.05) ? 1 : 0) : rng.poisson(rate);
      for (let i = 0; i < count; i += 1) rows.push({ form: 'adverse-events', spec: adverseEvent(rng, from, day, rng.chance(worsening ? 0.3 : 0.12)) });
      break;
    }
    case 'conmeds': {
      const count = day <= course.day1 ? rng.int(1, 3) : rng.chance(0.08) ? 1 : 0;
      for (let i = 0; i < count; i += 1) rows.push({ form: 'conmeds', spec: conmed(rng, day) });
      break;
    }
    case 'decompensation':
      if (day > course.day1 && rng.chance((profile === 'cirrhosis' ? 0.06 : 0.03) + (worsening ? 0.08 : 0))) {
        rows.push({ form: 'decompensation', spec: decompensation(rng, from, day) });
      }
      break;
    default:
      break;
  }
  return rows;
}

/**
 * The infusion at a visit with an infusion or pharmacy form: what the subject's arm receives there
 * (its own dosing, else that of the arm it was re-randomised from), given in 97 % of visits.
 */
export function infusionAt(protocol: Protocol, allocation: Allocation, kitNumber: string, visitId: string, day: number, rng: Random): InfusionFacts {
  const dosing = armLineage(protocol, allocation.arm)
    .map((arm) => protocol.dosing.find((d) => d.arm === arm && d.visits.includes(visitId)))
    .find((d) => d !== undefined);
  const start = localInstant(day, rng.uniform(10, 14));
  return {
    given: rng.chance(0.97),
    start,
    stop: start + rng.int(25, 55) * MINUTE,
    kitNumber,
    lot: `L${dateText(day).slice(2, 4)}${String(rng.int(1, 40)).padStart(3, '0')}`,
    dose: dosing?.dose,
    product: dosing === undefined || dosing.dose.kind === 'placebo' ? 'PLACEBO' : 'MSC',
  };
}
