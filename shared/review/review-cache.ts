/**
 * What the review derives from the protocol, computed once and reused for every subject: the scheduled
 * visits of an allocation, and the form plans of a visit (per protocol × arm × stage × visit × blinding).
 * Building a form model per subject would dominate the review's time; a protocol has a handful of
 * allocations, so the cache stays small. Keep one cache per protocol object across reruns.
 */
import { buildVisitModel, type Applicability, type HardRangeModel, type SoftRangeModel } from '../forms';
import { isScheduledKind, scheduledTiming, stageOfArm, visitApplies, type Protocol, type Visit } from '../protocol';
import type { Bilingual } from './review-types';

export interface FieldPlan {
  readonly key: string;
  readonly index: number;
  readonly label: Bilingual;
  readonly required: boolean;
  readonly applicability?: Applicability;
  /** Numbers only: the ranges the form engine checks, in the stored unit. */
  readonly range?: { readonly hard: HardRangeModel; readonly soft?: SoftRangeModel; readonly unit?: string };
}

export interface FormPlan {
  readonly formId: string;
  /** Position on the visit, for sorting. */
  readonly index: number;
  readonly title: Bilingual;
  readonly repeating: boolean;
  readonly fields: readonly FieldPlan[];
  readonly keys: ReadonlySet<string>;
  /** Field key → position in `fields`. */
  readonly indexOf: ReadonlyMap<string, number>;
}

export interface VisitPlan {
  readonly visitDefId: string;
  readonly label: Bilingual;
  readonly forms: readonly FormPlan[];
}

export interface ScheduledVisitTemplate {
  readonly visit: Visit;
  /** Target study day (no day 0) and the window in days around it. */
  readonly day: number;
  readonly before: number;
  readonly after: number;
}

const allocationKey = (arm: string | undefined, stage: number | undefined) => `${arm ?? ''}|${stage ?? ''}`;

function planOfModel(visitDefId: string, label: Bilingual, forms: ReturnType<typeof buildVisitModel>): VisitPlan | null {
  if (!forms.ok) return null;
  return {
    visitDefId,
    label,
    forms: forms.value.forms.map((form, index) => {
      const fields: FieldPlan[] = form.fields.map((field, i) => {
        const base = { key: field.key, index: i, label: field.label, required: field.required };
        const applicability = field.applicability === undefined ? {} : { applicability: field.applicability };
        if (field.kind !== 'quantity' && field.kind !== 'integer') return { ...base, ...applicability };
        const unit = field.unit === undefined ? {} : { unit: field.unit };
        const soft = field.softRange === undefined ? {} : { soft: field.softRange };
        return { ...base, ...applicability, range: { hard: field.hardRange, ...soft, ...unit } };
      });
      return {
        formId: form.id,
        index,
        title: form.title,
        repeating: form.repeating,
        fields,
        keys: new Set(fields.map((f) => f.key)),
        indexOf: new Map(fields.map((f, i) => [f.key, i])),
      };
    }),
  };
}

export class ReviewCache {
  private readonly schedules = new Map<string, readonly ScheduledVisitTemplate[]>();
  private readonly plans = new Map<string, VisitPlan | null>();
  private readonly visitIndex: ReadonlyMap<string, number>;

  constructor(readonly protocol: Protocol) {
    this.visitIndex = new Map(protocol.visits.map((v, i) => [v.id, i]));
  }

  /** Position of a visit definition in the protocol (visits not in it sort last). */
  visitOrder(visitDefId: string): number {
    return this.visitIndex.get(visitDefId) ?? this.protocol.visits.length;
  }

  visitDefinition(visitDefId: string): Visit | undefined {
    const index = this.visitIndex.get(visitDefId);
    return index === undefined ? undefined : this.protocol.visits[index];
  }

  /**
   * The scheduled visits of a subject with this arm and stage, in order of target day. Without an arm
   * (blinded sites record only the kit), the visits every arm has, in the subject's stage.
   */
  scheduleOf(arm: string | undefined, stage: number | undefined): readonly ScheduledVisitTemplate[] {
    const key = allocationKey(arm, stage);
    const known = this.schedules.get(key);
    if (known !== undefined) return known;
    const templates = this.protocol.visits
      .filter((visit) => isScheduledKind(visit.kind) && this.applies(visit, arm, stage))
      .flatMap((visit) => {
        const timing = scheduledTiming(visit);
        return timing === undefined ? [] : [{ visit, day: timing.day, before: timing.window.before, after: timing.window.after }];
      })
      .sort((a, b) => a.day - b.day);
    this.schedules.set(key, templates);
    return templates;
  }

  /** The forms of a visit as the review checks them; null when the visit cannot be built for the subject. */
  visitPlan(arm: string | undefined, stage: number | undefined, visitDefId: string, blinded: boolean): VisitPlan | null {
    const key = `${allocationKey(arm, stage)}|${visitDefId}|${blinded ? 'b' : 'u'}`;
    const known = this.plans.get(key);
    if (known !== undefined) return known;
    const visit = this.visitDefinition(visitDefId);
    const plan =
      visit === undefined
        ? null
        : planOfModel(visitDefId, visit.label, buildVisitModel({ protocol: this.protocol, visitId: visitDefId, arm, stage, blinded }));
    this.plans.set(key, plan);
    return plan;
  }

  private applies(visit: Visit, arm: string | undefined, stage: number | undefined): boolean {
    if (arm !== undefined && this.protocol.arms.some((a) => a.id === arm)) {
      return visitApplies(this.protocol, visit, { arm, stage: stage ?? stageOfArm(this.protocol, arm)?.number ?? 1 });
    }
    return visit.arms === undefined && (visit.stages === undefined || (stage !== undefined && visit.stages.includes(stage)));
  }
}

const caches = new WeakMap<Protocol, ReviewCache>();

/** The cache for a protocol object, created on first use (the protocol is immutable once parsed). */
export function reviewCacheFor(protocol: Protocol): ReviewCache {
  const known = caches.get(protocol);
  if (known !== undefined) return known;
  const created = new ReviewCache(protocol);
  caches.set(protocol, created);
  return created;
}
