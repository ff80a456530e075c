/**
 * The lifecycle stage of every form and visit instance a review lists (lifecycle.ts), computed once
 * over the projection rows: entries indexed by subject → visit → form, signatures indexed by scope,
 * and for each form the items the reviewer's form model holds (blinding), from the review cache.
 */
import type { EntryRow, SignatureRow, SubjectRow } from '../events';
import type { Protocol } from '../protocol';
import { combineLifecycles, formLifecycle, SignatureIndex, type Lifecycle } from './lifecycle';
import { reviewCacheFor, type ReviewCache, type VisitPlan } from './review-cache';
import type { ProtocolReview } from './review-types';

export interface LifecycleInput {
  readonly review: ProtocolReview;
  readonly protocol: Protocol;
  readonly subjects: Iterable<SubjectRow>;
  readonly entries: Iterable<EntryRow>;
  readonly signatures: Iterable<SignatureRow>;
  readonly cache?: ReviewCache;
}

export interface Lifecycles {
  /** The stage of one form of a visit instance ('not-started' for a form the review does not list). */
  form(subjectId: string, visitId: string, formId: string): Lifecycle;
  /** The stage of a visit instance, from its forms (combineLifecycles). */
  visit(subjectId: string, visitId: string): Lifecycle;
}

const NONE: readonly EntryRow[] = [];

export function reviewLifecycles(input: LifecycleInput): Lifecycles {
  const { review, protocol } = input;
  const cache = input.cache ?? reviewCacheFor(protocol);
  const signatures = new SignatureIndex(input.signatures);
  const subjects = new Map<string, SubjectRow>();
  for (const s of input.subjects) subjects.set(s.subjectId, s);
  const entries = new Map<string, EntryRow[]>();
  for (const e of input.entries) {
    const key = `${e.subjectId}/${e.visitId}/${e.formId}`;
    const list = entries.get(key);
    if (list === undefined) entries.set(key, [e]);
    else list.push(e);
  }
  const forms = new Map<string, Lifecycle>();
  const visits = new Map<string, Lifecycle>();
  // The item keys of each form of a plan (a plan is shared by every subject of an allocation).
  const shownOf = new WeakMap<VisitPlan, ReadonlyMap<string, ReadonlySet<string>>>();
  const keysOf = (plan: VisitPlan | null, formId: string): ReadonlySet<string> | undefined => {
    if (plan === null) return undefined;
    let byForm = shownOf.get(plan);
    if (byForm === undefined) shownOf.set(plan, (byForm = new Map(plan.forms.map((f) => [f.formId, f.keys]))));
    return byForm.get(formId);
  };
  for (const subject of review.subjects) {
    const row = subjects.get(subject.subjectId);
    for (const visit of subject.visits) {
      const plan = cache.visitPlan(row?.arm, row?.stage, visit.visitDefId, review.blinded);
      const staged = visit.forms.map((form) => {
        const shown = keysOf(plan, form.formId);
        const lifecycle = formLifecycle({
          entries: entries.get(`${subject.subjectId}/${visit.visitId}/${form.formId}`) ?? NONE,
          repeating: form.repeating,
          signed: signatures.covers(subject.subjectId, visit.visitId, form.formId),
          ...(shown === undefined ? {} : { shown }),
        });
        forms.set(`${subject.subjectId}/${visit.visitId}/${form.formId}`, lifecycle);
        return { lifecycle, repeating: form.repeating };
      });
      visits.set(`${subject.subjectId}/${visit.visitId}`, combineLifecycles(staged));
    }
  }
  return {
    form: (subjectId, visitId, formId) => forms.get(`${subjectId}/${visitId}/${formId}`) ?? 'not-started',
    visit: (subjectId, visitId) => visits.get(`${subjectId}/${visitId}`) ?? 'not-started',
  };
}
