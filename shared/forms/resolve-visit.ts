/**
 * Which visit, for which subject: checks the visit exists and applies to the subject's arm and stage,
 * and finds what the arm receives there. Build issues carry a code and both languages.
 */
import type { Issue, IssuePath } from '../lib/result';
import type { LocalizedText } from '../catalogue';
import {
  armLineage,
  isValidAllocation,
  stageOfArm,
  visitApplies,
  type Allocation,
  type Dosing,
  type Protocol,
  type Visit,
} from '../protocol';

/** An `Issue` (message = English) with a stable code and the Chinese text. */
export interface FormIssue extends Issue {
  readonly code: string;
  readonly text: LocalizedText;
}

export const formIssue = (code: string, path: IssuePath, en: string, zh: string): FormIssue => ({
  code,
  path,
  message: en,
  text: { en, zh },
  severity: 'error',
});

export interface SubjectVisitRequest {
  readonly protocol: Protocol;
  readonly visitId: string;
  /** The subject's arm; absent before randomisation (then only visits for every arm resolve). */
  readonly arm?: string | undefined;
  /** The subject's current stage; defaults to the stage that randomised `arm`. */
  readonly stage?: number | undefined;
}

export interface ResolvedVisit {
  readonly visit: Visit;
  readonly allocation?: Allocation;
}

function allocationOf(request: SubjectVisitRequest): Allocation | FormIssue | undefined {
  const { protocol, arm, stage } = request;
  if (arm === undefined) return undefined;
  if (!protocol.arms.some((a) => a.id === arm)) {
    return formIssue('arm.unknown', ['arm'], `Unknown arm "${arm}".`, `未知的组别“${arm}”。`);
  }
  const allocation = { arm, stage: stage ?? stageOfArm(protocol, arm)?.number ?? 1 };
  if (!isValidAllocation(protocol, allocation)) {
    return formIssue(
      'allocation.invalid',
      ['stage'],
      `A subject in arm "${arm}" cannot be in stage ${allocation.stage}.`,
      `“${arm}”组的受试者不可能处于第 ${allocation.stage} 阶段。`,
    );
  }
  return allocation;
}

export function resolveVisit(request: SubjectVisitRequest): ResolvedVisit | FormIssue {
  const { protocol, visitId } = request;
  const visit = protocol.visits.find((v) => v.id === visitId);
  if (visit === undefined) {
    return formIssue('visit.unknown', ['visitId'], `Unknown visit "${visitId}".`, `未知的访视“${visitId}”。`);
  }
  const allocation = allocationOf(request);
  if (allocation !== undefined && 'code' in allocation) return allocation;
  if (allocation === undefined) {
    const stageOk = request.stage === undefined || visit.stages === undefined || visit.stages.includes(request.stage);
    if (visit.arms !== undefined || !stageOk) {
      return formIssue(
        'visit.needs-allocation',
        ['arm'],
        `Visit "${visitId}" is only for some arms or stages: give the subject's arm.`,
        `访视“${visitId}”仅适用于部分组别或阶段：请提供受试者的组别。`,
      );
    }
    return { visit };
  }
  if (!visitApplies(protocol, visit, allocation)) {
    return formIssue(
      'visit.not-for-subject',
      ['visitId'],
      `Visit "${visitId}" does not apply to arm "${allocation.arm}" in stage ${allocation.stage}.`,
      `访视“${visitId}”不适用于第 ${allocation.stage} 阶段的“${allocation.arm}”组。`,
    );
  }
  return { visit, allocation };
}

/**
 * The dosing of the subject's arm at this visit: the arm's own dosing first, then that of the arms it was
 * re-randomised from (a stage-2 arm's stage-1 infusions are listed under its stage-1 arm).
 */
export function dosingAt(protocol: Protocol, allocation: Allocation | undefined, visitId: string): Dosing | undefined {
  if (allocation === undefined) return undefined;
  for (const arm of armLineage(protocol, allocation.arm)) {
    const dosing = protocol.dosing.find((d) => d.arm === arm && d.visits.includes(visitId));
    if (dosing !== undefined) return dosing;
  }
  return undefined;
}
