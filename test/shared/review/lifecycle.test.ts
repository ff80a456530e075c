import { describe, expect, it } from 'vitest';
import { combineLifecycles, reviewLifecycles, type Lifecycles } from '../../../shared/review';
import { LABS_W4, PROTOCOL, TrialData } from './builders';

const lifecyclesOf = (data: TrialData, today = '2025-04-10', blinded = true): Lifecycles => {
  const review = data.review(today, blinded);
  const p = data.projection;
  return reviewLifecycles({ review, protocol: PROTOCOL, subjects: p.subjects.values(), entries: p.entries.values(), signatures: p.signatures.values() });
};

/** Labs at w4 with every required field entered; returns the value events by item. */
const fullLabs = (data: TrialData) => ({
  bilirubin: data.value(LABS_W4, 'bilirubin', 120, { unit: 'µmol/L' }),
  albumin: data.value(LABS_W4, 'albumin', 30, { unit: 'g/L' }),
  inr: data.value(LABS_W4, 'inr', 1.5, { unit: 'ratio' }),
});

describe('form lifecycle: not started → in progress → complete → verified → signed', () => {
  it('walks a form through every stage', () => {
    const data = new TrialData().enrol();
    expect(lifecyclesOf(data).form('s-1', 'w4', 'labs')).toBe('not-started');
    const { bilirubin, albumin, inr } = fullLabs(data);
    expect(lifecyclesOf(data).form('s-1', 'w4', 'labs')).toBe('in-progress');
    data.complete(LABS_W4);
    expect(lifecyclesOf(data).form('s-1', 'w4', 'labs')).toBe('complete');
    data.sdv(LABS_W4, 'bilirubin', bilirubin);
    data.sdv(LABS_W4, 'albumin', albumin);
    expect(lifecyclesOf(data).form('s-1', 'w4', 'labs')).toBe('complete');
    data.sdv(LABS_W4, 'inr', inr);
    expect(lifecyclesOf(data).form('s-1', 'w4', 'labs')).toBe('verified');
    data.sign('sig-1', 'form', LABS_W4);
    expect(lifecyclesOf(data).form('s-1', 'w4', 'labs')).toBe('signed');
  });

  it('falls back from verified to complete when a verified value is changed', () => {
    const data = new TrialData().enrol();
    const events = fullLabs(data);
    data.complete(LABS_W4);
    for (const [itemId, event] of Object.entries(events)) data.sdv(LABS_W4, itemId, event);
    expect(lifecyclesOf(data).form('s-1', 'w4', 'labs')).toBe('verified');
    data.correct(LABS_W4, 'albumin', 31, 'Corrected laboratory report');
    expect(lifecyclesOf(data).form('s-1', 'w4', 'labs')).toBe('complete');
  });

  it('counts a casebook signature over every form with data, not over forms without any', () => {
    const data = new TrialData().enrol();
    data.value(LABS_W4, 'bilirubin', 120, { unit: 'µmol/L' });
    data.missing(LABS_W4, 'albumin', 'NOT DONE');
    data.missing(LABS_W4, 'inr', 'NOT DONE');
    data.complete(LABS_W4);
    data.sign('sig-1', 'casebook');
    const stages = lifecyclesOf(data);
    expect(stages.form('s-1', 'w4', 'labs')).toBe('signed');
    expect(stages.form('s-1', 'w4', 'clinical')).toBe('not-started');
  });

  it('a repeating form is complete only when every row is, and no rows is not started', () => {
    const ae = { visitId: 'w4', formId: 'adverse-events' };
    const data = new TrialData().enrol();
    expect(lifecyclesOf(data).form('s-1', 'w4', 'adverse-events')).toBe('not-started');
    data.record({ ...ae, recordId: 'r1' }).record({ ...ae, recordId: 'r2' });
    data.complete({ ...ae, recordId: 'r1' });
    expect(lifecyclesOf(data).form('s-1', 'w4', 'adverse-events')).toBe('in-progress');
    data.removeRecord({ ...ae, recordId: 'r2' });
    expect(lifecyclesOf(data).form('s-1', 'w4', 'adverse-events')).toBe('complete');
  });

  it('a visit is as far as its least advanced form; an empty log neither starts nor holds it back', () => {
    expect(combineLifecycles([])).toBe('not-started');
    expect(combineLifecycles([{ lifecycle: 'not-started', repeating: false }, { lifecycle: 'not-started', repeating: true }])).toBe('not-started');
    expect(combineLifecycles([{ lifecycle: 'complete', repeating: false }, { lifecycle: 'not-started', repeating: false }])).toBe('in-progress');
    expect(combineLifecycles([{ lifecycle: 'verified', repeating: false }, { lifecycle: 'not-started', repeating: true }])).toBe('verified');
    expect(combineLifecycles([{ lifecycle: 'signed', repeating: false }, { lifecycle: 'complete', repeating: false }])).toBe('complete');
    const data = new TrialData().enrol();
    data.value({ visitId: 'w4', formId: 'visit' }, 'visitDate', '2025-03-29');
    expect(lifecyclesOf(data).visit('s-1', 'w4')).toBe('in-progress');
    expect(lifecyclesOf(data).visit('s-1', 'w12')).toBe('not-started');
  });
});
