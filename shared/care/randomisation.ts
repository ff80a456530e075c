/**
 * Which assignment a subject is due: the stage-1 randomisation at enrolment, then (NCT05985863) the
 * stage-2 step at the re-randomisation visit. Subjects of the arms a stage re-randomises get a new
 * entry from that stage's arms; subjects of arms that carry on into the stage keep their arm (an entry for
 * the same arm, e.g. placebo kits for W4/W5, keeps the blind: every survivor goes through the same step).
 * Only subjects still on study take part (domain flag F3: survivors, not transplanted, not withdrawn).
 */
import type { SubjectStatus } from '../events';
import { reachableStages, type Protocol } from '../protocol';

export type StageStep =
  | { readonly kind: 'enrolment'; readonly stage: number; readonly arms: readonly string[] }
  | { readonly kind: 're-randomise'; readonly stage: number; readonly atVisit: string; readonly arms: readonly string[] }
  | { readonly kind: 'carry-on'; readonly stage: number; readonly atVisit: string; readonly arms: readonly string[] }
  /** The arm is not known at the site (kit-only list): any entry of the stage. */
  | { readonly kind: 'blind'; readonly stage: number; readonly atVisit: string; readonly arms: undefined };

export type NoStep = { readonly kind: 'none'; readonly reason: 'not-enrolled' | 'not-on-study' | 'final-stage' | 'not-in-stage' };

export interface AssignmentState {
  readonly status: SubjectStatus;
  readonly arm?: string | undefined;
  readonly stage?: number | undefined;
}

/** Stages a new subject can be enrolled (randomised) into: stage 1, or a later new cohort. */
export function enrolmentStages(protocol: Protocol): Protocol['stages'] {
  return protocol.stages.filter((s) => s.entry.kind === 'enrolment').sort((a, b) => a.number - b.number);
}

export function nextStageStep(protocol: Protocol, subject: AssignmentState, enrolStage?: number): StageStep | NoStep {
  if (subject.status !== 'on-study') return { kind: 'none', reason: subject.status === 'eligible' || subject.status === 'screening' || subject.status === 'screen-failed' ? 'not-enrolled' : 'not-on-study' };
  if (subject.stage === undefined) {
    const stages = enrolmentStages(protocol);
    const stage = stages.find((s) => s.number === enrolStage) ?? stages[0];
    if (stage === undefined) return { kind: 'none', reason: 'final-stage' };
    return { kind: 'enrolment', stage: stage.number, arms: stage.allocation.map((a) => a.arm) };
  }
  const current = subject.stage;
  const next = [...protocol.stages].filter((s) => s.number > current && s.entry.kind === 're-randomisation').sort((a, b) => a.number - b.number)[0];
  if (next === undefined || next.entry.kind !== 're-randomisation') return { kind: 'none', reason: 'final-stage' };
  const { atVisit, fromArms } = next.entry;
  if (subject.arm === undefined) return { kind: 'blind', stage: next.number, atVisit, arms: undefined };
  if (fromArms.includes(subject.arm)) return { kind: 're-randomise', stage: next.number, atVisit, arms: next.allocation.map((a) => a.arm) };
  if (reachableStages(protocol, subject.arm).includes(next.number)) return { kind: 'carry-on', stage: next.number, atVisit, arms: [subject.arm] };
  return { kind: 'none', reason: 'not-in-stage' };
}
