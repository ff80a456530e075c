import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  dueVisits,
  formatSubjectCode,
  newestVersion,
  nextStageStep,
  nextSubjectNumber,
  nextVisit,
  parseSubjectCode,
  readCsv,
  statusChoices,
  subjectCodeFor,
  subjectSchedule,
} from '../../../shared/care';
import { seedProtocol } from './support';

const protocol = seedProtocol('NCT05985863');

describe('subject codes', () => {
  it.each([
    ['03', '17', '03-017'],
    ['BJ302', '1', 'BJ302-001'],
    ['03', '1234', '03-1234'],
  ])('site %s number %s → %s', (site, number, code) => {
    expect(subjectCodeFor(site, number)).toEqual({ ok: true, value: code });
    expect(parseSubjectCode(code)).toEqual({ siteId: site, number: Number(number) });
  });

  it.each([['03', 'A1'], ['03', '0'], ['03', '1234567'], ['03-', '1'], ['', '1']])('refuses site %j number %j', (site, number) => {
    expect(subjectCodeFor(site, number).ok).toBe(false);
  });

  it('proposes the next number of the site', () => {
    expect(nextSubjectNumber('03', [])).toBe(1);
    expect(nextSubjectNumber('03', ['03-004', '04-009', undefined, '03-002'])).toBe(5);
    expect(formatSubjectCode('03', 5)).toBe('03-005');
  });
});

describe('protocol versions', () => {
  it('orders numerically, part by part', () => {
    expect(['1.10', '0.1', '1.9', '1.2-amendment-3', '1.2'].sort(compareVersions)).toEqual(['0.1', '1.2', '1.2-amendment-3', '1.9', '1.10']);
    expect(newestVersion(['0.1', '0.2', '0.10'])).toBe('0.10');
    expect(newestVersion([])).toBeUndefined();
  });
});

describe('which assignment a subject is due', () => {
  it('stage 1 at enrolment, then at W4 re-randomisation for MSC, carry-on for control, nothing after', () => {
    expect(nextStageStep(protocol, { status: 'on-study' })).toEqual({ kind: 'enrolment', stage: 1, arms: ['control', 'msc'] });
    expect(nextStageStep(protocol, { status: 'on-study', arm: 'msc', stage: 1 })).toEqual({ kind: 're-randomise', stage: 2, atVisit: 'w4', arms: ['mscShort', 'mscProlonged'] });
    expect(nextStageStep(protocol, { status: 'on-study', arm: 'control', stage: 1 })).toEqual({ kind: 'carry-on', stage: 2, atVisit: 'w4', arms: ['control'] });
    expect(nextStageStep(protocol, { status: 'on-study', stage: 1 })).toMatchObject({ kind: 'blind', stage: 2 });
    expect(nextStageStep(protocol, { status: 'on-study', arm: 'mscShort', stage: 2 })).toEqual({ kind: 'none', reason: 'final-stage' });
    // Survivors only (F3): a subject who died, was transplanted or withdrew is not re-randomised.
    for (const status of ['died', 'liver-transplant', 'withdrawn'] as const) {
      expect(nextStageStep(protocol, { status, arm: 'msc', stage: 1 })).toEqual({ kind: 'none', reason: 'not-on-study' });
    }
    expect(nextStageStep(protocol, { status: 'eligible' })).toEqual({ kind: 'none', reason: 'not-enrolled' });
  });
});

describe('status changes', () => {
  it.each([
    ['on-study', ['withdrawn', 'lost-to-follow-up', 'died', 'liver-transplant', 'completed']],
    ['withdrawn', ['died', 'liver-transplant', 'on-study']],
    ['lost-to-follow-up', ['died', 'liver-transplant', 'on-study']],
    ['liver-transplant', ['died', 'on-study']],
    ['died', ['on-study']],
    ['screening', []],
  ] as const)('from %s: %j', (from, to) => {
    expect(statusChoices(from)).toEqual(to);
  });
});

describe('a subject schedule and today', () => {
  const subject = { status: 'on-study' as const, day1: '2025-02-10', arm: 'msc', stage: 1 };

  it('marks recorded visits done or not done, and closes what is left when the subject leaves', () => {
    const visits = [
      { visitId: 'w0', status: 'done' as const, visitDate: '2025-02-10' },
      { visitId: 'w1', status: 'not-done' as const },
      { visitId: 'w2', status: 'done' as const, visitDate: '2025-02-24' },
    ];
    const schedule = subjectSchedule(protocol, subject, visits, '2025-03-10');
    if (!schedule.ok) throw new Error('schedule');
    const status = Object.fromEntries(schedule.value.map((v) => [v.visit, v.status]));
    expect(status).toMatchObject({ screening: 'missed', w0: 'done', w1: 'not-done', w2: 'done', w3: 'missed', w4: 'open', w8: 'not-yet-due' });
    expect(nextVisit(schedule.value)?.visit).toBe('w4');
    const left = subjectSchedule(protocol, { ...subject, status: 'withdrawn' }, visits, '2025-03-10');
    if (!left.ok) throw new Error('schedule');
    expect(left.value.find((v) => v.visit === 'w4')?.status).toBe('closed');
    expect(left.value.find((v) => v.visit === 'w0')?.status).toBe('done');
  });

  it('lists due visits overdue first, then by window end', () => {
    const a = subjectSchedule(protocol, subject, [{ visitId: 'w0', status: 'done' }, { visitId: 'w1', status: 'done' }, { visitId: 'w2', status: 'done' }], '2025-03-10');
    const b = subjectSchedule(protocol, { ...subject, day1: '2025-03-01' }, [{ visitId: 'w0', status: 'done' }], '2025-03-10');
    if (!a.ok || !b.ok) throw new Error('schedule');
    const due = dueVisits([
      { subjectId: 'a', code: '03-001', schedule: a.value },
      { subjectId: 'b', code: '03-002', schedule: b.value },
    ]);
    expect(due.map((d) => [d.code, d.visit.visit, d.visit.status])).toEqual([
      ['03-002', 'w1', 'overdue'],
      ['03-001', 'w4', 'open'],
    ]);
  });

  it('needs day 1', () => {
    expect(subjectSchedule(protocol, { status: 'on-study' }, [], '2025-03-10').ok).toBe(false);
  });
});

describe('CSV', () => {
  it('reads quotes, doubled quotes, embedded commas and line breaks, and skips blank lines', () => {
    expect(readCsv('a,"b,c","say ""hi""\nthere"\n\n1,2,3\n')).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['a', 'b,c', 'say "hi"\nthere'] },
        { line: 4, fields: ['1', '2', '3'] },
      ],
    });
  });
});
