import { describe, expect, it } from 'vitest';
import { parseEvent, verifyChain } from '../../../shared/events';
import { generateDemoTrial } from '../../../shared/demo';
import { canAppendEvent } from '../../../shared/policy';
import { SEED_IDS } from '../../seeds/load-seeds';
import { demoOptions, runDemo } from './support';

describe('generateDemoTrial', () => {
  it('is deterministic: the same seed gives the same events and hashes, another seed others', () => {
    const a = runDemo(demoOptions('NCT05985863', { subjects: 12 }));
    const b = runDemo(demoOptions('NCT05985863', { subjects: 12 }));
    expect(a.events.length).toBeGreaterThan(1000);
    expect(b.events.map((e) => e.hash)).toEqual(a.events.map((e) => e.hash));
    const c = runDemo(demoOptions('NCT05985863', { subjects: 12, seed: 7 }));
    expect(c.events.at(-1)?.hash).not.toBe(a.events.at(-1)?.hash);
  });

  it.each(SEED_IDS)('%s: one verified chain of events that parse, keep the rules and the role policy, in time order', (id) => {
    const run = runDemo(demoOptions(id, { subjects: 8 }));
    const { events } = run;
    expect(verifyChain(events)).toMatchObject({ ok: true, value: { deviceId: 'dev-demo', seq: events.length } });
    expect(run.ruleIssues).toEqual([]);
    const end = '2027-06-30T16:00:00.000Z'; // the end of today in China (UTC+8)
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i];
      if (event === undefined) continue;
      expect(parseEvent(JSON.parse(JSON.stringify(event))).ok).toBe(true);
      expect(canAppendEvent(event.role, event).ok).toBe(true);
      expect(event.at < end).toBe(true);
      if (i > 0) expect(event.at >= (events[i - 1]?.at ?? '')).toBe(true);
    }
  });

  it('writes what a trial needs: every kind of event a course produces', () => {
    const run = runDemo(demoOptions('NCT05985863', { subjects: 40 }));
    const types = new Set(run.events.map((e) => e.type));
    for (const type of [
      'subject.screened',
      'subject.enrolled',
      'subject.armAssigned',
      'subject.statusChanged',
      'visit.started',
      'visit.statusChanged',
      'item.valueSet',
      'item.missingReasonSet',
      'record.added',
      'form.completed',
      'query.opened',
      'query.answered',
      'query.closed',
      'sdv.set',
      'signature.applied',
    ] as const) {
      expect(types).toContain(type);
    }
    // Edits carry their reason; the first write of a field carries none.
    const edits = run.events.filter((e) => e.type === 'item.valueSet' && e.reason !== undefined);
    expect(edits.length).toBeGreaterThan(0);
    // Stage 2 of the two-stage trial: survivors get a second kit at week 4; the site never sees the arm.
    const assignments = run.events.filter((e) => e.type === 'subject.armAssigned');
    expect(assignments.some((e) => e.type === 'subject.armAssigned' && e.payload.stage === 2)).toBe(true);
    expect(assignments.every((e) => e.type === 'subject.armAssigned' && e.payload.arm === undefined)).toBe(true);
    // Unblinded forms are the pharmacist's.
    expect(run.events.filter((e) => e.formId === 'pharmacy' && e.type === 'item.valueSet').every((e) => e.role === 'pharmacist')).toBe(true);
  });

  it('is lazy: the first batch comes long before the whole trial is generated', () => {
    let ids = 0;
    const trial = generateDemoTrial({ ...demoOptions('NCT05121870', { subjects: 1000, batchSize: 500 }), newId: () => `lazy-${(ids += 1)}` });
    if (!trial.ok) throw new Error('refused');
    const first = trial.value.next();
    expect(first.done).toBe(false);
    expect(first.value?.length).toBe(500);
    // A full trial of 1,000 subjects needs hundreds of thousands of ids; the first batch only a few thousand.
    expect(ids).toBeLessThan(5000);
  });

  it('refuses options it cannot honour, as issues', () => {
    expect(generateDemoTrial(demoOptions('NCT05121870', { today: '2024-02-30' }))).toMatchObject({ ok: false, issues: [{ path: ['today'] }] });
    expect(generateDemoTrial(demoOptions('NCT05121870', { startDate: '2028-01-01' }))).toMatchObject({ ok: false, issues: [{ path: ['startDate'] }] });
    expect(generateDemoTrial(demoOptions('NCT05121870', { subjects: -1 }))).toMatchObject({ ok: false, issues: [{ path: ['subjects'] }] });
    expect(generateDemoTrial(demoOptions('NCT05121870', { sites: ['0-1'] }))).toMatchObject({ ok: false, issues: [{ path: ['sites'] }] });
  });

  it('generates nothing before the start and no subject screened after today', () => {
    const run = runDemo(demoOptions('NCT03668171', { subjects: 30, today: '2024-04-15', recruitmentDays: 200 }));
    const screened = run.events.filter((e) => e.type === 'subject.screened' && e.payload.result === 'pending');
    expect(screened.length).toBeGreaterThan(0);
    expect(screened.length).toBeLessThan(30);
    expect(run.events.every((e) => e.at >= '2024-02-29T16:00:00.000Z' && e.at < '2024-04-15T16:00:00.000Z')).toBe(true);
  });
});
