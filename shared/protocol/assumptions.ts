/**
 * Every assumption note in a protocol, with the element it is marked on, so a sponsor can see in one
 * list what to confirm (the command line prints it; seeds/README.md embeds it and a test keeps it fresh).
 */
import type { IssuePath } from '../lib/result';
import type { Protocol } from './schema';
import type { Assumption } from './text';

export interface MarkedAssumption {
  readonly path: IssuePath;
  /** The element in words: "visit w4", "form pharmacy, item totalCells", "protocol". */
  readonly where: string;
  readonly assumption: Assumption;
}

export function listAssumptions(p: Protocol): MarkedAssumption[] {
  const out: MarkedAssumption[] = [];
  const mark = (path: IssuePath, where: string, notes: readonly Assumption[] | undefined): void => {
    notes?.forEach((assumption, i) => out.push({ path: [...path, 'assumptions', i], where, assumption }));
  };
  mark([], 'protocol', p.assumptions);
  p.arms.forEach((arm, i) => mark(['arms', i], `arm ${arm.id}`, arm.assumptions));
  p.stages.forEach((stage, i) => mark(['stages', i], `stage ${stage.number}`, stage.assumptions));
  p.dosing.forEach((d, i) => mark(['dosing', i], `dosing ${d.arm} (${d.visits.join(', ')})`, d.assumptions));
  p.visits.forEach((visit, i) => mark(['visits', i], `visit ${visit.id}`, visit.assumptions));
  p.forms.forEach((form, f) => {
    mark(['forms', f], `form ${form.id}`, form.assumptions);
    form.items.forEach((item, i) => mark(['forms', f, 'items', i], `form ${form.id}, item ${item.item}`, item.assumptions));
  });
  p.endpoints.forEach((e, i) => mark(['endpoints', i], `endpoint ${e.id}`, e.assumptions));
  p.eligibility.forEach((c, i) => mark(['eligibility', i], `criterion ${c.id}`, c.assumptions));
  return out;
}

export interface AssumptionGroup {
  readonly assumption: Assumption;
  /** Every element carrying this same note, in protocol order. */
  readonly where: readonly string[];
}

const flagOrder = (flag: string): number => (flag.startsWith('F') ? Number(flag.slice(1)) : 100);

/** Identical notes (same flag and text) grouped, ordered by flag (F1…F24, then § sections) and first use. */
export function groupAssumptions(p: Protocol): AssumptionGroup[] {
  const groups = new Map<string, { assumption: Assumption; where: string[]; first: number }>();
  listAssumptions(p).forEach(({ assumption, where }, index) => {
    const key = JSON.stringify([assumption.flag, assumption.en]);
    const group = groups.get(key) ?? { assumption, where: [], first: index };
    if (!group.where.includes(where)) group.where.push(where);
    groups.set(key, group);
  });
  return [...groups.values()]
    .sort((a, b) => flagOrder(a.assumption.flag) - flagOrder(b.assumption.flag) || a.assumption.flag.localeCompare(b.assumption.flag) || a.first - b.first)
    .map(({ assumption, where }) => ({ assumption, where }));
}
