/**
 * Which visits a subject has, given the arm and stage the subject is allocated to. Shared by the parser
 * (visit order per arm path), the schedule and the command line, so they can never disagree.
 */
import type { Protocol } from './schema';
import type { Visit } from './visits';

/** One arm in one stage: the randomisation state of a subject. */
export interface Allocation {
  readonly arm: string;
  readonly stage: number;
}

/** The stage whose randomisation assigns this arm, if any. */
export function stageOfArm(protocol: Protocol, arm: string): Protocol['stages'][number] | undefined {
  return protocol.stages.find((stage) => stage.allocation.some((a) => a.arm === arm));
}

/**
 * The stages a subject of this arm can be in: the arm's own stage, then every later stage that
 * re-randomises other arms (the subject carries on unchanged). A stage that re-randomises this arm, or
 * that enrols a new cohort, ends the list.
 */
export function reachableStages(protocol: Protocol, arm: string): number[] {
  const own = stageOfArm(protocol, arm);
  if (own === undefined) return [];
  const stages = [own.number];
  const later = [...protocol.stages].filter((s) => s.number > own.number).sort((a, b) => a.number - b.number);
  for (const stage of later) {
    if (stage.entry.kind !== 're-randomisation' || stage.entry.fromArms.includes(arm)) break;
    stages.push(stage.number);
  }
  return stages;
}

/** The arm and the arms its subjects may have been re-randomised from, nearest first. */
export function armLineage(protocol: Protocol, arm: string): string[] {
  const lineage: string[] = [];
  let frontier = [arm];
  // Stages are finite and each step moves to an earlier stage, but guard against cyclic input anyway.
  while (frontier.length > 0 && lineage.length <= protocol.arms.length) {
    const next: string[] = [];
    for (const current of frontier) {
      if (lineage.includes(current)) continue;
      lineage.push(current);
      const stage = stageOfArm(protocol, current);
      if (stage?.entry.kind === 're-randomisation') next.push(...stage.entry.fromArms);
    }
    frontier = next;
  }
  return lineage;
}

/** The stage a subject of this arm ends in when the whole course is run (the CLI default for --arm). */
export function finalStage(protocol: Protocol, arm: string): number | undefined {
  return reachableStages(protocol, arm).at(-1);
}

/** Every allocation a subject can be in: each arm with each stage it can reach. */
export function allAllocations(protocol: Protocol): Allocation[] {
  return protocol.arms.flatMap((arm) => reachableStages(protocol, arm.id).map((stage) => ({ arm: arm.id, stage })));
}

export function isValidAllocation(protocol: Protocol, allocation: Allocation): boolean {
  return reachableStages(protocol, allocation.arm).includes(allocation.stage);
}

export function visitApplies(protocol: Protocol, visit: Visit, allocation: Allocation): boolean {
  if (visit.stages !== undefined && !visit.stages.includes(allocation.stage)) return false;
  if (visit.arms === undefined) return true;
  const arms = visit.arms;
  return armLineage(protocol, allocation.arm).some((arm) => arms.includes(arm));
}
