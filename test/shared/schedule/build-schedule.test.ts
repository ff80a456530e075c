import { describe, expect, it } from 'vitest';
import { buildSchedule, type ScheduledVisit, type SubjectScheduleInput } from '../../../shared/schedule';
import { aProtocol } from '../protocol/builders';

const p = aProtocol();

function schedule(input: Partial<SubjectScheduleInput>): ScheduledVisit[] {
  const result = buildSchedule(p, { day1: '2024-03-01', today: '2024-03-01', allocation: { arm: 'control', stage: 2 }, done: [], ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const row = (v: ScheduledVisit) => [v.visit, v.week, v.studyDay, v.targetDate, v.windowStart, v.windowEnd];

describe('buildSchedule', () => {
  it('dates every scheduled visit from day 1, screening before it with no day 0', () => {
    expect(schedule({}).map(row)).toEqual([
      ['screening', null, -1, '2024-02-29', '2024-02-23', '2024-02-29'],
      ['w0', 0, 1, '2024-03-01', '2024-03-01', '2024-03-01'],
      ['w1', 1, 8, '2024-03-08', '2024-03-07', '2024-03-09'],
      ['w4', 4, 29, '2024-03-29', '2024-03-28', '2024-03-30'],
      ['w5', 5, 36, '2024-04-05', '2024-04-04', '2024-04-06'],
      ['w12', 12, 85, '2024-05-24', '2024-05-21', '2024-05-27'],
    ]);
  });

  it('lists stage-2 visits only for subjects in stage 2', () => {
    const visits = (allocation: SubjectScheduleInput['allocation']) => schedule({ allocation }).map((v) => v.visit);
    expect(visits({ arm: 'msc', stage: 1 })).not.toContain('w5');
    expect(visits({ arm: 'control', stage: 1 })).not.toContain('w5');
    expect(visits({ arm: 'long', stage: 2 })).toContain('w5');
    expect(visits(undefined)).toEqual(['screening', 'w0', 'w1', 'w4', 'w12']);
  });

  it('never lists on-demand visits', () => {
    expect(schedule({}).map((v) => v.kind)).not.toContain('unscheduled');
  });

  it.each([
    ['2024-02-22', 'not-yet-due'],
    ['2024-02-23', 'open'],
    ['2024-02-29', 'open'],
    ['2024-03-01', 'missed'],
  ])('screening (window D−7…D−1) on %s is %s', (today, status) => {
    expect(schedule({ today })[0]?.status).toBe(status);
  });

  it.each([
    ['2024-03-06', 'not-yet-due'],
    ['2024-03-07', 'open'],
    ['2024-03-09', 'open'],
    ['2024-03-10', 'overdue'],
    ['2024-03-27', 'overdue'],
    ['2024-03-28', 'missed'],
  ])('w1 (day 8 ± 1) on %s is %s', (today, status) => {
    expect(schedule({ today, done: ['screening', 'w0'] }).find((v) => v.visit === 'w1')?.status).toBe(status);
  });

  it('a done visit is done; the last visit stays overdue after its window', () => {
    const late = schedule({ today: '2024-09-01', done: ['screening', 'w0', 'w1', 'w4', 'w5'] });
    expect(late.map((v) => v.status)).toEqual(['done', 'done', 'done', 'done', 'done', 'overdue']);
  });

  it.each([
    [{ day1: '2024-02-30' }, ['day1'], '"2024-02-30" is not a date (YYYY-MM-DD)'],
    [{ today: 'now' }, ['today'], '"now" is not a date (YYYY-MM-DD)'],
    [{ allocation: { arm: 'msc', stage: 2 } }, ['allocation'], 'arm "msc" is never in stage 2 (it can be in stage 1)'],
    [{ allocation: { arm: 'nope', stage: 1 } }, ['allocation'], 'unknown arm "nope"'],
    [{ done: ['w0', 'w9'] }, ['done', 1], 'unknown visit "w9"'],
  ])('reports bad input %j', (input, path, message) => {
    const result = buildSchedule(p, { day1: '2024-03-01', today: '2024-03-01', done: [], ...input });
    expect(result).toEqual({ ok: false, issues: [{ path, message, severity: 'error' }] });
  });
});
