/**
 * The visit plan: which visits a selection of subjects has, in time order, with study week, day and
 * window, before any date is known. The `ecrf protocol schedule` command prints it, and the dated
 * schedule builds on it.
 */
import { fail, ok, type Issue, type Result } from '../lib/result';
import {
  allAllocations,
  finalStage,
  reachableStages,
  scheduledTiming,
  visitApplies,
  type Allocation,
  type Protocol,
  type VisitKind,
} from '../protocol';

/** Which subjects: one arm (in one stage), all arms of one stage, or everyone. */
export interface PlanSelection {
  readonly arm?: string | undefined;
  readonly stage?: number | undefined;
}

export interface PlannedVisit {
  readonly visit: string;
  readonly kind: VisitKind;
  readonly label: { readonly en: string; readonly zh: string };
  /** Null for screening (a negative day) and for on-demand visits. */
  readonly week: number | null;
  /** Target study day; null for on-demand (unscheduled, early-termination) visits. */
  readonly day: number | null;
  /** Days allowed [before, after] the target day; null for on-demand visits. */
  readonly window: readonly [number, number] | null;
  readonly forms: readonly string[];
}

const issue = (path: Issue['path'], message: string): Issue => ({ path, message, severity: 'error' });

/**
 * The allocations a selection stands for. An arm without a stage means the arm's final stage (its full
 * course: NCT05985863 control runs into stage 2, msc is re-randomised and so ends in stage 1).
 */
export function resolveSelection(protocol: Protocol, selection: PlanSelection): Result<Allocation[], Issue[]> {
  const { arm, stage } = selection;
  if (stage !== undefined && !protocol.stages.some((s) => s.number === stage)) {
    return fail([issue(['stage'], `unknown stage ${stage} (stages: ${protocol.stages.map((s) => s.number).join(', ')})`)]);
  }
  if (arm === undefined) {
    const all = allAllocations(protocol);
    return ok(stage === undefined ? all : all.filter((a) => a.stage === stage));
  }
  if (!protocol.arms.some((a) => a.id === arm)) {
    return fail([issue(['arm'], `unknown arm "${arm}" (arms: ${protocol.arms.map((a) => a.id).join(', ')})`)]);
  }
  const chosen = stage ?? finalStage(protocol, arm);
  const reachable = reachableStages(protocol, arm);
  if (chosen === undefined || !reachable.includes(chosen)) {
    return fail([issue(['stage'], `arm "${arm}" is never in stage ${chosen ?? '?'} (it can be in stage ${reachable.join(', ') || 'none'})`)]);
  }
  return ok([{ arm, stage: chosen }]);
}

/** Visits that apply to at least one of the allocations; with none given, the visits every subject has. */
function appliesToAny(protocol: Protocol, visit: Protocol['visits'][number], allocations: readonly Allocation[] | undefined): boolean {
  if (allocations === undefined) return visit.arms === undefined && visit.stages === undefined;
  return allocations.some((allocation) => visitApplies(protocol, visit, allocation));
}

/**
 * Scheduled visits in order of target day (ties keep the order of the protocol), then on-demand visits
 * in protocol order. `allocations` undefined = a subject not yet randomised.
 */
export function planVisits(protocol: Protocol, allocations: readonly Allocation[] | undefined): PlannedVisit[] {
  const chosen = protocol.visits.filter((visit) => appliesToAny(protocol, visit, allocations));
  const planned = chosen.map((visit, index) => {
    const timing = scheduledTiming(visit);
    const entry: PlannedVisit = {
      visit: visit.id,
      kind: visit.kind,
      label: visit.label,
      week: timing?.week ?? null,
      day: timing?.day ?? null,
      window: timing === undefined ? null : [timing.window.before, timing.window.after],
      forms: visit.forms,
    };
    return { entry, index };
  });
  const order = (p: { entry: PlannedVisit; index: number }): number => p.entry.day ?? Number.POSITIVE_INFINITY;
  return planned.sort((a, b) => order(a) - order(b) || a.index - b.index).map((p) => p.entry);
}

/** The plan for a command-line style selection: unknown arms and stages are issues. */
export function visitPlan(protocol: Protocol, selection: PlanSelection = {}): Result<PlannedVisit[], Issue[]> {
  const allocations = resolveSelection(protocol, selection);
  if (!allocations.ok) return allocations;
  return ok(planVisits(protocol, allocations.value));
}
