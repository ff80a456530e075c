/**
 * A synthetic subject's course, decided up front from its own random stream: who (site, sex, age,
 * aetiology), when (screening, day 1, each visit's date), which arm (per the protocol's stages and ratios),
 * how the labs move, and how the course ends (death, transplant, drop-out, or the end-of-study visit).
 * The timeline (subject-timeline.ts) then writes it as events.
 */
import { dayNumberOfStudyDay, formatLocalDate, planVisits } from '../schedule';
import { reachableStages, type Allocation, type Protocol } from '../protocol';
import type { DemoProfile, DemoRates } from './demo-options';
import { drawLabCourse, type LabCourse, type Trend } from './lab-course';
import type { Random } from './random';

export type Outcome =
  | { readonly kind: 'died' | 'liver-transplant' | 'withdrawn' | 'lost-to-follow-up'; readonly day: number }
  | { readonly kind: 'none' };

export type VisitFate = 'done' | 'missed-marked' | 'missed-silent' | 'ended' | 'after-end';

export interface DatedVisit {
  readonly visitId: string;
  readonly kind: Protocol['visits'][number]['kind'];
  readonly forms: readonly string[];
  readonly windowStart: number;
  readonly windowEnd: number;
  /** The day it happens (done), or its target day. */
  readonly day: number;
  readonly studyDay: number;
  /** done; missed and marked not done; missed and left open; marked not done because the course ended in
   * its window; not expected (the course ended before its window). */
  readonly fate: VisitFate;
}

export interface ReRandomisation {
  readonly atVisit: string;
  readonly arm: string;
  readonly stage: number;
}

export interface SubjectCourse {
  readonly index: number;
  readonly siteId: string;
  readonly sex: 'M' | 'F';
  readonly age: number;
  readonly birthYear: number;
  readonly height: number;
  readonly weight: number;
  readonly etiology: string;
  readonly screeningDay: number;
  readonly screenFail: boolean;
  readonly day1: number;
  /** Allocation at enrolment. */
  readonly allocation: Allocation;
  /** Stage-2 randomisation of survivors (or carrying on into stage 2 unchanged). */
  readonly reRandomisation?: ReRandomisation;
  readonly trend: Trend;
  readonly labs: LabCourse;
  readonly outcome: Outcome;
  readonly visits: readonly DatedVisit[];
}

const ETIOLOGIES: readonly (readonly [string, number])[] = [
  ['HBV', 0.62],
  ['ALCOHOL', 0.15],
  ['HCV', 0.05],
  ['AUTOIMMUNE', 0.06],
  ['DILI', 0.05],
  ['OTHER', 0.07],
];

const yearOf = (day: number) => Number(formatLocalDate(day).slice(0, 4));

export function isPlaceboArm(protocol: Protocol, arm: string): boolean {
  const dosing = protocol.dosing.filter((d) => d.arm === arm);
  return dosing.length > 0 && dosing.every((d) => d.dose.kind === 'placebo');
}

function drawArm(protocol: Protocol, stageNumber: number, rng: Random): string {
  const stage = protocol.stages.find((s) => s.number === stageNumber) ?? protocol.stages[0];
  if (stage === undefined) throw new Error('a protocol has at least one stage');
  return rng.weighted(stage.allocation.map((a) => [a.arm, a.ratio] as const));
}

/** The enrolment stage of the i-th of n subjects: later cohorts (e.g. phase III) take the later share. */
function enrolmentStage(protocol: Protocol, index: number, count: number): number {
  const cohorts = protocol.stages.filter((s) => s.entry.kind === 'enrolment').map((s) => s.number);
  return cohorts[Math.min(cohorts.length - 1, Math.floor((index * cohorts.length) / Math.max(1, count)))] ?? 1;
}

function reRandomisationOf(protocol: Protocol, allocation: Allocation, rng: Random): ReRandomisation | undefined {
  for (const stage of protocol.stages) {
    if (stage.number <= allocation.stage || stage.entry.kind !== 're-randomisation') continue;
    const { atVisit, fromArms } = stage.entry;
    if (fromArms.includes(allocation.arm)) return { atVisit, arm: drawArm(protocol, stage.number, rng), stage: stage.number };
    if (reachableStages(protocol, allocation.arm).includes(stage.number)) return { atVisit, arm: allocation.arm, stage: stage.number };
  }
  return undefined;
}

function drawTrend(profile: DemoProfile, placebo: boolean, rng: Random): Trend {
  // A modest treatment effect, so the demo's arms differ a little.
  const shift = placebo ? -0.05 : 0.05;
  const [improving, stable] = profile === 'aclf' ? [0.45 + shift, 0.25] : [0.35 + shift, 0.4];
  return rng.weighted([
    ['improving', improving],
    ['stable', stable],
    ['worsening', 1 - improving - stable],
  ]);
}

/** The day (study day) of a competing event, or undefined if it does not happen within `horizon` days. */
function eventDay(rng: Random, probability: number, draw: () => number, horizon: number): number | undefined {
  if (!rng.chance(Math.min(0.95, probability))) return undefined;
  for (let tries = 0; tries < 20; tries += 1) {
    const day = Math.round(draw());
    if (day >= 3 && day <= horizon) return day;
  }
  return undefined;
}

const RISKS = {
  aclf: {
    death: { improving: 0.1, stable: 0.22, worsening: 0.5 },
    transplant: { improving: 0.01, stable: 0.05, worsening: 0.15 },
  },
  cirrhosis: {
    death: { improving: 0.04, stable: 0.09, worsening: 0.22 },
    transplant: { improving: 0.01, stable: 0.03, worsening: 0.09 },
  },
} as const;

function drawOutcome(profile: DemoProfile, trend: Trend, horizon: number, rates: DemoRates, rng: Random): { kind: Outcome['kind']; studyDay?: number } {
  const risk = RISKS[profile];
  const candidates: { kind: Outcome['kind']; day: number | undefined }[] = [];
  if (profile === 'aclf') {
    // ACLF deaths cluster in the first weeks (28- and 90-day mortality); a few later ones on long follow-up.
    const late = horizon > 90 ? 0.08 * Math.min(1, (horizon - 90) / 250) : 0;
    candidates.push({ kind: 'died', day: eventDay(rng, risk.death[trend] * rates.outcomeRisk, () => 2 + rng.exponential(28), Math.min(horizon, 90)) });
    candidates.push({ kind: 'died', day: eventDay(rng, late * rates.outcomeRisk, () => rng.uniform(91, horizon), horizon) });
    candidates.push({ kind: 'liver-transplant', day: eventDay(rng, risk.transplant[trend] * rates.outcomeRisk, () => 5 + rng.exponential(20), horizon) });
  } else {
    const years = horizon / 365;
    const overYears = (p: number) => 1 - (1 - Math.min(0.9, p * rates.outcomeRisk)) ** years;
    candidates.push({ kind: 'died', day: eventDay(rng, overYears(risk.death[trend]), () => rng.uniform(10, horizon), horizon) });
    candidates.push({ kind: 'liver-transplant', day: eventDay(rng, overYears(risk.transplant[trend]), () => rng.uniform(20, horizon), horizon) });
  }
  const dropOut = rng.chance(0.6) ? 'withdrawn' : 'lost-to-follow-up';
  candidates.push({ kind: dropOut, day: eventDay(rng, rates.dropOut, () => rng.uniform(10, horizon), horizon) });
  const first = candidates
    .filter((c): c is { kind: Outcome['kind']; day: number } => c.day !== undefined)
    .sort((a, b) => a.day - b.day)[0];
  return first === undefined ? { kind: 'none' } : { kind: first.kind, studyDay: first.day };
}

export interface CourseRequest {
  readonly protocol: Protocol;
  readonly profile: DemoProfile;
  readonly rates: DemoRates;
  readonly index: number;
  readonly count: number;
  readonly siteId: string;
  readonly screeningDay: number;
  readonly screenFail: boolean;
}

export function planCourse(request: CourseRequest, rng: Random): SubjectCourse {
  const { protocol, profile, rates, index, count, siteId, screeningDay, screenFail } = request;
  const sex = rng.chance(profile === 'aclf' ? 0.78 : 0.68) ? 'M' : 'F';
  const age = Math.round(Math.min(69, Math.max(19, rng.normal(profile === 'aclf' ? 47 : 53, 10))));
  const screening = protocol.visits.find((v) => v.kind === 'screening');
  const leadDays = Math.max(1, Math.min((screening?.window?.before ?? 6) + 1, rng.int(2, 9)));
  const day1 = screeningDay + leadDays;
  const stage = enrolmentStage(protocol, index, count);
  const allocation = { arm: drawArm(protocol, stage, rng), stage };
  const reRandomisation = reRandomisationOf(protocol, allocation, rng);
  const final = reRandomisation === undefined ? allocation : { arm: reRandomisation.arm, stage: reRandomisation.stage };
  const trend = drawTrend(profile, isPlaceboArm(protocol, final.arm), rng);
  const planned = planVisits(protocol, [final]).filter((p) => p.day !== null && p.window !== null);
  const horizon = Math.max(28, ...planned.map((p) => p.day ?? 0));
  const outcome = screenFail ? { kind: 'none' as const } : drawOutcome(profile, trend, horizon, rates, rng);
  const outcomeDay = outcome.studyDay === undefined ? undefined : dayNumberOfStudyDay(day1, outcome.studyDay);
  const visits: DatedVisit[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  let lastDone = screeningDay;
  for (const p of planned) {
    const studyDay = p.day ?? 0;
    const [before, after] = p.window ?? [0, 0];
    const target = dayNumberOfStudyDay(day1, studyDay);
    const windowStart = target - before;
    const windowEnd = target + after;
    let day = p.kind === 'screening' ? screeningDay : target + (rng.chance(0.7) ? 0 : rng.int(-Math.min(before, 2), Math.min(after, 2)));
    day = Math.min(windowEnd, Math.max(day, previous + 1));
    previous = day;
    const keep = p.kind === 'screening' || p.kind === 'baseline' || p.visit === reRandomisation?.atVisit;
    let fate: VisitFate = 'done';
    // A subject lost to follow-up simply stops coming: nothing is marked, later visits are not expected.
    const marksVisits = outcome.kind !== 'lost-to-follow-up';
    if (outcomeDay !== undefined && day >= outcomeDay) fate = marksVisits && windowStart <= outcomeDay ? 'ended' : 'after-end';
    else if (!keep && rng.chance(rates.missedVisit)) fate = rng.chance(0.6) ? 'missed-marked' : 'missed-silent';
    if (fate === 'done') lastDone = day;
    visits.push({ visitId: p.visit, kind: p.kind, forms: p.forms, windowStart, windowEnd, day, studyDay, fate });
  }
  const ended: Outcome =
    outcome.kind === 'none' || outcomeDay === undefined
      ? { kind: 'none' }
      : // Lost to follow-up: the last contact was the last visit attended.
        { kind: outcome.kind, day: outcome.kind === 'lost-to-follow-up' ? lastDone : outcomeDay };
  return {
    index,
    siteId,
    sex,
    age,
    birthYear: yearOf(day1) - age,
    height: Math.round(rng.normal(sex === 'M' ? 170 : 159, 6)),
    weight: Math.round(rng.normal(sex === 'M' ? 68 : 57, 9) * 10) / 10,
    etiology: rng.weighted(ETIOLOGIES),
    screeningDay,
    screenFail,
    day1,
    allocation,
    ...(reRandomisation === undefined ? {} : { reRandomisation }),
    trend,
    labs: drawLabCourse(profile, trend, rng),
    outcome: ended,
    visits,
  };
}
