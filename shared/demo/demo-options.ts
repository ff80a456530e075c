/**
 * The knobs of the demo generator and their defaults. Every rate is a probability per opportunity
 * (per value, per form, per visit or per subject, as named); docs/review-model.md lists them.
 */
import type { Protocol } from '../protocol';

export interface DemoUsers {
  readonly nurses: readonly string[];
  readonly investigators: readonly string[];
  readonly monitors: readonly string[];
  /** Enter the unblinded pharmacy forms. */
  readonly pharmacists: readonly string[];
  /** Printed names (signatures); a user without one signs with the id. */
  readonly names?: Readonly<Record<string, string>>;
}

export const DEMO_USERS: DemoUsers = {
  nurses: ['u-nurse-wang', 'u-nurse-li', 'u-nurse-zhang'],
  investigators: ['u-inv-chen', 'u-inv-liu'],
  monitors: ['u-cra-zhao'],
  pharmacists: ['u-pharm-sun'],
  names: { 'u-inv-chen': 'Dr Chen Wei 陈伟', 'u-inv-liu': 'Dr Liu Yang 刘洋' },
};

/** The disease course the labs, deaths and transplants follow. */
export type DemoProfile = 'aclf' | 'cirrhosis';

export interface DemoRates {
  /** Extra subjects screened and found not eligible, as a share of all screened. */
  readonly screenFailure: number;
  /** Per value: a required value left empty without a reason (review: missing). */
  readonly missingNoReason: number;
  /** Per value: left empty with a final missing reason (review: accounted). */
  readonly missingWithReason: number;
  /** Per lab value: first recorded as NAV (pending); most arrive within days. */
  readonly pendingLab: number;
  /** Per pending lab: the result arrives (else it stays pending). */
  readonly pendingResolved: number;
  /** Per number with a soft range: an unusual value pushed outside it. */
  readonly softOutlier: number;
  /** Per value outside its soft range: the site confirms it on entry. */
  readonly softConfirmed: number;
  /** Per number: a typing slip outside the hard range. */
  readonly hardSlip: number;
  /** Per slip: corrected (with a reason) within a week. */
  readonly slipCorrected: number;
  /** Per value: corrected later with a reason for change. */
  readonly edit: number;
  /** Per form that can be completed: marked complete (else left in progress). */
  readonly formCompleted: number;
  /** Per scheduled follow-up visit: missed (some marked not done, some left open). */
  readonly missedVisit: number;
  /** Per value at a monitoring visit: a query asking to verify it. */
  readonly query: number;
  /** Per completed form at a monitoring visit: every value source-verified. */
  readonly sdvForm: number;
  /** Per subject: withdraws consent or is lost to follow-up before the end. */
  readonly dropOut: number;
  /** Multiplies the profile's death and transplant risks (1 = as published for the profile). */
  readonly outcomeRisk: number;
}

export const DEFAULT_RATES: DemoRates = {
  screenFailure: 0.1,
  missingNoReason: 0.004,
  missingWithReason: 0.01,
  pendingLab: 0.03,
  pendingResolved: 0.8,
  softOutlier: 0.006,
  softConfirmed: 0.6,
  hardSlip: 0.0006,
  slipCorrected: 0.85,
  edit: 0.012,
  formCompleted: 0.85,
  missedVisit: 0.03,
  query: 0.012,
  sdvForm: 0.5,
  dropOut: 0.05,
  outcomeRisk: 1,
};

export interface DemoOptions {
  readonly protocol: Protocol;
  /** Subjects enrolled (screen failures come on top, see rates.screenFailure). */
  readonly subjects: number;
  readonly seed: number;
  /** 'YYYY-MM-DD': nothing happens after the end of this day. */
  readonly today: string;
  /** 'YYYY-MM-DD': the first screening. */
  readonly startDate: string;
  /** The demo device: every event is in its one hash chain. */
  readonly deviceId: string;
  readonly users?: DemoUsers;
  /** Ids of events, subjects, on-demand visits, rows, queries and signatures (UUIDs in the app). */
  readonly newId: () => string;
  /** Sites subjects are spread over (ids; codes are `<site>-<number>`). */
  readonly sites?: readonly string[];
  /** Days over which subjects are screened; default 60 % of startDate → today. */
  readonly recruitmentDays?: number;
  /** Events per yielded batch. */
  readonly batchSize?: number;
  readonly rates?: Partial<DemoRates>;
  /** Default: ACLF when the protocol's condition says so, else cirrhosis. */
  readonly profile?: DemoProfile;
}

export function profileOf(protocol: Protocol): DemoProfile {
  const condition = `${protocol.condition.en} ${protocol.title.en}`.toLowerCase();
  return condition.includes('aclf') || condition.includes('acute-on-chronic') ? 'aclf' : 'cirrhosis';
}
