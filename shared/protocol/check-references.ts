/**
 * Cross-references between the parts of a protocol: duplicate ids, and arms, stages, visits and forms
 * that are named but not defined.
 */
import { allAllocations, visitApplies } from './allocation';
import { checkUnique, type IssueCollector } from './issue-collector';
import type { Protocol } from './schema';
import { isScheduledKind } from './visits';

const quote = (id: string | number): string => JSON.stringify(id);

function checkIds(p: Protocol, issues: IssueCollector): void {
  checkUnique(p.arms, (a) => a.id, (i) => ['arms', i, 'id'], 'arm id', issues);
  checkUnique(p.stages, (s) => s.number, (i) => ['stages', i, 'number'], 'stage number', issues);
  checkUnique(p.visits, (v) => v.id, (i) => ['visits', i, 'id'], 'visit id', issues);
  checkUnique(p.forms, (f) => f.id, (i) => ['forms', i, 'id'], 'form id', issues);
  checkUnique(p.endpoints, (e) => e.id, (i) => ['endpoints', i, 'id'], 'endpoint id', issues);
  checkUnique(p.eligibility, (c) => c.id, (i) => ['eligibility', i, 'id'], 'criterion id', issues);
  checkUnique(p.scores, (s) => s, (i) => ['scores', i], 'score', issues);
}

function checkStages(p: Protocol, issues: IssueCollector): void {
  const arms = new Set(p.arms.map((a) => a.id));
  const visits = new Map(p.visits.map((v) => [v.id, v]));
  const stageOf = new Map<string, number>();
  p.stages.forEach((stage, s) => {
    if (stage.number !== s + 1) issues.error(['stages', s, 'number'], `stages must be numbered 1, 2, … in order; expected ${s + 1}`);
    checkUnique(stage.allocation, (a) => a.arm, (i) => ['stages', s, 'allocation', i, 'arm'], 'arm in allocation', issues);
    stage.allocation.forEach((slot, i) => {
      if (!arms.has(slot.arm)) issues.error(['stages', s, 'allocation', i, 'arm'], `unknown arm ${quote(slot.arm)}`);
      else if (stageOf.has(slot.arm)) issues.error(['stages', s, 'allocation', i, 'arm'], `arm ${quote(slot.arm)} is already randomised in stage ${stageOf.get(slot.arm)}`);
      else stageOf.set(slot.arm, stage.number);
    });
    const entry = stage.entry;
    if (entry.kind === 'enrolment') return;
    if (s === 0) issues.error(['stages', s, 'entry', 'kind'], 'the first stage randomises at enrolment');
    entry.fromArms.forEach((arm, i) => {
      const from = stageOf.get(arm);
      if (!arms.has(arm)) issues.error(['stages', s, 'entry', 'fromArms', i], `unknown arm ${quote(arm)}`);
      else if (from === undefined || from >= stage.number) issues.error(['stages', s, 'entry', 'fromArms', i], `arm ${quote(arm)} is not randomised in an earlier stage`);
    });
    const visit = visits.get(entry.atVisit);
    if (visit === undefined) issues.error(['stages', s, 'entry', 'atVisit'], `unknown visit ${quote(entry.atVisit)}`);
    else if (entry.beforeForm !== undefined && !visit.forms.includes(entry.beforeForm)) {
      issues.error(['stages', s, 'entry', 'beforeForm'], `form ${quote(entry.beforeForm)} is not on visit ${quote(visit.id)}`);
    }
  });
  p.arms.forEach((arm, i) => {
    if (!stageOf.has(arm.id)) issues.error(['arms', i, 'id'], `arm ${quote(arm.id)} is not randomised in any stage`);
  });
}

function checkVisits(p: Protocol, issues: IssueCollector): void {
  const arms = new Set(p.arms.map((a) => a.id));
  const stages = new Set(p.stages.map((s) => s.number));
  const forms = new Set(p.forms.map((f) => f.id));
  const used = new Set<string>();
  p.visits.forEach((visit, v) => {
    const at = (...rest: (string | number)[]) => ['visits', v, ...rest];
    if (isScheduledKind(visit.kind)) {
      if ((visit.week === undefined) === (visit.day === undefined)) issues.error(at('week'), `a ${visit.kind} visit needs exactly one of "week" or "day"`);
      if (visit.window === undefined) issues.error(at('window'), `a ${visit.kind} visit needs a window`);
    } else {
      for (const key of ['week', 'day', 'window'] as const) {
        if (visit[key] !== undefined) issues.error(at(key), `an ${visit.kind} visit happens on demand and has no ${key}`);
      }
    }
    visit.arms?.forEach((arm, i) => {
      if (!arms.has(arm)) issues.error(at('arms', i), `unknown arm ${quote(arm)}`);
    });
    visit.stages?.forEach((stage, i) => {
      if (!stages.has(stage)) issues.error(at('stages', i), `unknown stage ${stage}`);
    });
    checkUnique(visit.forms, (f) => f, (i) => at('forms', i), 'form on visit', issues);
    visit.forms.forEach((form, i) => {
      used.add(form);
      if (!forms.has(form)) issues.error(at('forms', i), `unknown form ${quote(form)}`);
    });
  });
  p.forms.forEach((form, f) => {
    if (!used.has(form.id)) issues.warning(['forms', f, 'id'], `form ${quote(form.id)} is on no visit`);
  });
}

function checkEndpointsAndDosing(p: Protocol, issues: IssueCollector): void {
  const visits = new Map(p.visits.map((v) => [v.id, v]));
  const scores = new Set<string>(p.scores);
  p.endpoints.forEach((endpoint, e) => {
    if (endpoint.items === undefined && endpoint.score === undefined) issues.error(['endpoints', e], 'an endpoint needs "items" or "score"');
    if (endpoint.score !== undefined && !scores.has(endpoint.score)) issues.error(['endpoints', e, 'score'], `score ${quote(endpoint.score)} is not listed in $.scores`);
    endpoint.visits.forEach((id, i) => {
      if (!visits.has(id)) issues.error(['endpoints', e, 'visits', i], `unknown visit ${quote(id)}`);
    });
    if (endpoint.baselineVisit !== undefined && !visits.has(endpoint.baselineVisit)) issues.error(['endpoints', e, 'baselineVisit'], `unknown visit ${quote(endpoint.baselineVisit)}`);
  });
  const allocations = allAllocations(p);
  p.dosing.forEach((dosing, d) => {
    if (!p.arms.some((a) => a.id === dosing.arm)) issues.error(['dosing', d, 'arm'], `unknown arm ${quote(dosing.arm)}`);
    dosing.visits.forEach((id, i) => {
      const visit = visits.get(id);
      if (visit === undefined) issues.error(['dosing', d, 'visits', i], `unknown visit ${quote(id)}`);
      else if (!allocations.some((a) => a.arm === dosing.arm && visitApplies(p, visit, a))) {
        issues.error(['dosing', d, 'visits', i], `visit ${quote(id)} does not apply to arm ${quote(dosing.arm)}`);
      }
    });
  });
}

export function checkReferences(p: Protocol, issues: IssueCollector): void {
  checkIds(p, issues);
  checkStages(p, issues);
  checkVisits(p, issues);
  checkEndpointsAndDosing(p, issues);
}
