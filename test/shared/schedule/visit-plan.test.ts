import { describe, expect, it } from 'vitest';
import { onDemandVisits, startOnDemandVisit, visitPlan, type PlanSelection } from '../../../shared/schedule';
import { aProtocol } from '../protocol/builders';

const p = aProtocol();

function ids(selection: PlanSelection): string[] {
  const plan = visitPlan(p, selection);
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  return plan.value.map((v) => v.visit);
}

describe('visitPlan', () => {
  it('without a selection lists every visit any subject can have, scheduled by day, on-demand last', () => {
    expect(ids({})).toEqual(['screening', 'w0', 'w1', 'w4', 'w5', 'w12', 'unscheduled']);
  });

  it('gives week, day, window and forms of each visit', () => {
    const plan = visitPlan(p, {});
    expect(plan.ok && plan.value.slice(0, 2).map(({ visit, week, day, window, forms }) => ({ visit, week, day, window, forms }))).toEqual([
      { visit: 'screening', week: null, day: -1, window: [6, 0], forms: ['visit', 'eligibility'] },
      { visit: 'w0', week: 0, day: 1, window: [0, 0], forms: ['visit', 'infusion', 'pharmacy'] },
    ]);
    expect(plan.ok && plan.value.at(-1)).toMatchObject({ visit: 'unscheduled', week: null, day: null, window: null });
  });

  it.each<[PlanSelection, string[], string]>([
    [{ arm: 'control' }, ['screening', 'w0', 'w1', 'w4', 'w5', 'w12', 'unscheduled'], 'an arm alone means its final stage'],
    [{ arm: 'control', stage: 1 }, ['screening', 'w0', 'w1', 'w4', 'w12', 'unscheduled'], 'control before day 28'],
    [{ arm: 'msc' }, ['screening', 'w0', 'w1', 'w4', 'w12', 'unscheduled'], 'msc is re-randomised, so it ends in stage 1'],
    [{ arm: 'short' }, ['screening', 'w0', 'w1', 'w4', 'w5', 'w12', 'unscheduled'], 'a stage-2 arm'],
    [{ stage: 1 }, ['screening', 'w0', 'w1', 'w4', 'w12', 'unscheduled'], 'every arm in stage 1'],
  ])('%j lists %j (%s)', (selection, expected) => {
    expect(ids(selection)).toEqual(expected);
  });

  it('orders by target day even when the protocol lists visits differently', () => {
    const shuffled = aProtocol({ visits: [...aProtocol().visits].reverse() });
    const plan = visitPlan(shuffled, {});
    expect(plan.ok && plan.value.map((v) => v.visit)).toEqual(['screening', 'w0', 'w1', 'w4', 'w5', 'w12', 'unscheduled']);
  });

  it.each([
    [{ arm: 'nope' }, ['arm'], 'unknown arm "nope" (arms: control, msc, short, long)'],
    [{ stage: 3 }, ['stage'], 'unknown stage 3 (stages: 1, 2)'],
    [{ arm: 'msc', stage: 2 }, ['stage'], 'arm "msc" is never in stage 2 (it can be in stage 1)'],
    [{ arm: 'short', stage: 1 }, ['stage'], 'arm "short" is never in stage 1 (it can be in stage 2)'],
  ])('rejects %j', (selection, path, message) => {
    expect(visitPlan(p, selection)).toEqual({ ok: false, issues: [{ path, message, severity: 'error' }] });
  });
});

describe('on-demand visits', () => {
  it('are offered to every subject', () => {
    expect(onDemandVisits(p).map((v) => v.visit)).toEqual(['unscheduled']);
    expect(onDemandVisits(p, { arm: 'long', stage: 2 }).map((v) => v.forms)).toEqual([['visit', 'adverse-events']]);
  });

  it('start on any date with a study day and an occurrence number', () => {
    const started = startOnDemandVisit(p, { visit: 'unscheduled', date: '2024-02-27', day1: '2024-03-01', previousOccurrences: 2 });
    expect(started).toEqual({ ok: true, value: { visit: 'unscheduled', kind: 'unscheduled', label: p.visits[6]?.label, forms: ['visit', 'adverse-events'], occurrence: 3, date: '2024-02-27', studyDay: -3 } });
  });

  it('refuse scheduled visits and bad dates', () => {
    const result = startOnDemandVisit(p, { visit: 'w1', date: '2024-13-01', day1: '2024-03-01', previousOccurrences: 0 });
    expect(result.ok === false && result.issues.map((i) => i.path)).toEqual([['date'], ['visit']]);
  });
});
