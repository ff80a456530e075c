/**
 * Laboratory values over a subject's course, in SI units as Chinese hospitals report them (domain.md
 * §2.1). Each subject has a baseline drawn for the profile and a trend (improving, stable, worsening)
 * that moves the liver and renal values together, saturating over weeks, with visit-to-visit noise.
 * Plausible, not a disease model.
 */
import type { DemoProfile } from './demo-options';
import type { Random } from './random';

export type Trend = 'improving' | 'stable' | 'worsening';

interface Baseline {
  readonly bilirubin: number;
  readonly inr: number;
  readonly albumin: number;
  readonly creatinine: number;
  readonly sodium: number;
  readonly alt: number;
  readonly platelets: number;
  readonly wbc: number;
  readonly cholinesterase: number;
  readonly urea: number;
}

export interface LabCourse {
  readonly profile: DemoProfile;
  readonly trend: Trend;
  readonly baseline: Baseline;
  /** Days over which the trend reaches most of its effect. */
  readonly tau: number;
}

/** How far each value moves at full effect, per profile and trend (log scale, except albumin, sodium). */
const EFFECT = {
  aclf: { improving: -1.1, stable: -0.15, worsening: 0.6 },
  cirrhosis: { improving: -0.35, stable: 0, worsening: 0.45 },
} as const;

export function drawLabCourse(profile: DemoProfile, trend: Trend, rng: Random): LabCourse {
  const aclf = profile === 'aclf';
  return {
    profile,
    trend,
    tau: aclf ? 21 : 120,
    baseline: {
      bilirubin: aclf ? rng.logNormal(250, 0.35) : rng.logNormal(38, 0.5),
      inr: aclf ? 1.5 + rng.logNormal(0.6, 0.45) : 1.1 + rng.logNormal(0.35, 0.4),
      albumin: rng.normal(aclf ? 29 : 30, 3.5),
      creatinine: rng.logNormal(aclf ? 85 : 72, 0.3),
      sodium: rng.normal(aclf ? 133 : 136, 3.5),
      alt: rng.logNormal(aclf ? 120 : 35, 0.6),
      platelets: rng.logNormal(aclf ? 85 : 70, 0.4),
      wbc: rng.logNormal(aclf ? 6.5 : 4.2, 0.35),
      cholinesterase: rng.logNormal(aclf ? 2800 : 3800, 0.35),
      urea: rng.logNormal(aclf ? 5.5 : 5, 0.35),
    },
  };
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/** Liver and renal values on a study day (day 1 = first infusion; before it, the baseline). */
export function labsAt(course: LabCourse, studyDay: number, rng: Random): Readonly<Record<string, number>> {
  const { baseline: b, tau } = course;
  const effect = EFFECT[course.profile][course.trend] * (1 - Math.exp(-Math.max(0, studyDay) / tau));
  const noise = (sd: number) => Math.exp(rng.normal(0, sd));
  const bilirubin = clamp(b.bilirubin * Math.exp(effect) * noise(0.1), 4, 1100);
  const inr = clamp(1 + (b.inr - 1) * Math.exp(0.7 * effect) * noise(0.05), 0.85, 12);
  const creatinine = clamp(b.creatinine * Math.exp(effect > 0 ? 0.6 * effect : 0.1 * effect) * noise(0.08), 25, 1500);
  return {
    bilirubin,
    bilirubinUln: 21,
    inr,
    pta: clamp(100 / inr ** 1.3 + rng.normal(0, 3), 8, 140),
    prothrombinTime: clamp(12 * inr ** 0.8 + rng.normal(0, 0.4), 9, 150),
    albumin: clamp(b.albumin - 4.5 * effect + rng.normal(0, 1.2), 12, 52),
    creatinine,
    creatinineUln: 97,
    urea: clamp(b.urea * (creatinine / b.creatinine) * noise(0.1), 1, 60),
    sodium: clamp(b.sodium - 3 * effect + rng.normal(0, 1.5), 112, 150),
    alt: clamp(b.alt * Math.exp(0.8 * effect) * noise(0.25), 5, 3000),
    ast: clamp(b.alt * 1.3 * Math.exp(0.8 * effect) * noise(0.25), 8, 3000),
    platelets: clamp(b.platelets * noise(0.12), 15, 400),
    wbc: clamp(b.wbc * noise(0.15), 1.2, 25),
    neutrophils: clamp(b.wbc * 0.65 * noise(0.15), 0.6, 20),
    cholinesterase: clamp(b.cholinesterase * Math.exp(-0.5 * effect) * noise(0.1), 600, 12000),
  };
}

/** 0 (gravely ill) … 1 (well): drives clinical grades and questionnaire answers. */
export function wellbeingAt(course: LabCourse, studyDay: number): number {
  const effect = EFFECT[course.profile][course.trend] * (1 - Math.exp(-Math.max(0, studyDay) / course.tau));
  const start = course.profile === 'aclf' ? 0.3 : 0.55;
  return clamp(start - 0.35 * effect, 0.05, 0.95);
}
