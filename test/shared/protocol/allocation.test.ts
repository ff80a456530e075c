import { describe, expect, it } from 'vitest';
import { allAllocations, armLineage, finalStage, isValidAllocation, reachableStages, visitApplies } from '../../../shared/protocol';
import { aProtocol } from './builders';

const p = aProtocol();
const visit = (id: string) => {
  const found = p.visits.find((v) => v.id === id);
  if (found === undefined) throw new Error(`no visit ${id}`);
  return found;
};

describe('allocation', () => {
  it.each([
    ['control', [1, 2]],
    ['msc', [1]],
    ['short', [2]],
    ['long', [2]],
    ['nope', []],
  ])('arm %s can be in stages %j', (arm, stages) => {
    expect(reachableStages(p, arm)).toEqual(stages);
  });

  it('a later enrolment stage is a new cohort: earlier arms do not carry into it', () => {
    const cohorts = aProtocol({
      stages: [
        { number: 1, label: { en: 'IIb', zh: 'IIb 期' }, entry: { kind: 'enrolment' }, allocation: [{ arm: 'control', ratio: 1 }, { arm: 'msc', ratio: 1 }] },
        { number: 2, label: { en: 'III', zh: 'III 期' }, entry: { kind: 'enrolment' }, allocation: [{ arm: 'short', ratio: 1 }, { arm: 'long', ratio: 1 }] },
      ],
    });
    expect(reachableStages(cohorts, 'control')).toEqual([1]);
    expect(reachableStages(cohorts, 'short')).toEqual([2]);
  });

  it('the lineage of a re-randomised arm includes the arm it came from', () => {
    expect(armLineage(p, 'short')).toEqual(['short', 'msc']);
    expect(armLineage(p, 'control')).toEqual(['control']);
  });

  it('the final stage is where the whole course of an arm ends', () => {
    expect(finalStage(p, 'control')).toBe(2);
    expect(finalStage(p, 'msc')).toBe(1);
    expect(finalStage(p, 'nope')).toBeUndefined();
  });

  it('lists every arm in every stage it can reach', () => {
    expect(allAllocations(p)).toEqual([
      { arm: 'control', stage: 1 },
      { arm: 'control', stage: 2 },
      { arm: 'msc', stage: 1 },
      { arm: 'short', stage: 2 },
      { arm: 'long', stage: 2 },
    ]);
    expect(isValidAllocation(p, { arm: 'msc', stage: 2 })).toBe(false);
    expect(isValidAllocation(p, { arm: 'short', stage: 2 })).toBe(true);
  });

  it('a stage-2 visit applies only to subjects in stage 2', () => {
    expect(visitApplies(p, visit('w5'), { arm: 'control', stage: 1 })).toBe(false);
    expect(visitApplies(p, visit('w5'), { arm: 'control', stage: 2 })).toBe(true);
    expect(visitApplies(p, visit('w5'), { arm: 'long', stage: 2 })).toBe(true);
    expect(visitApplies(p, visit('w5'), { arm: 'msc', stage: 1 })).toBe(false);
  });

  it('an arm-restricted visit applies to arms re-randomised from that arm', () => {
    const mscOnly = { ...visit('w1'), arms: ['msc'] };
    expect(visitApplies(p, mscOnly, { arm: 'long', stage: 2 })).toBe(true);
    expect(visitApplies(p, mscOnly, { arm: 'control', stage: 2 })).toBe(false);
  });
});
