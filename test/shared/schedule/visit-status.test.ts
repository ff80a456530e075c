import { describe, expect, it } from 'vitest';
import { withStatuses, type StatusInput } from '../../../shared/schedule';

// Three visits on day numbers: A window 10–12, B window 20–22, C window 30–32.
const visits = (doneA = false, doneB = false, doneC = false): StatusInput[] => [
  { windowStart: 10, windowEnd: 12, done: doneA },
  { windowStart: 20, windowEnd: 22, done: doneB },
  { windowStart: 30, windowEnd: 32, done: doneC },
];
const statuses = (input: StatusInput[], today: number) => withStatuses(input, today).map((v) => v.status);

describe('visit status', () => {
  it.each([
    [9, ['not-yet-due', 'not-yet-due', 'not-yet-due'], 'before every window'],
    [10, ['open', 'not-yet-due', 'not-yet-due'], 'first day of the window (edge included)'],
    [12, ['open', 'not-yet-due', 'not-yet-due'], 'last day of the window (edge included)'],
    [13, ['overdue', 'not-yet-due', 'not-yet-due'], 'the day after the window: overdue while the next window is not open'],
    [19, ['overdue', 'not-yet-due', 'not-yet-due'], 'the day before the next window opens'],
    [20, ['missed', 'open', 'not-yet-due'], 'the next window opened: the subject moved on'],
    [33, ['missed', 'missed', 'overdue'], 'the last visit is never missed by the passing of time'],
    [400, ['missed', 'missed', 'overdue'], 'long after the end'],
  ])('on day %i: %j (%s)', (today, expected) => {
    expect(statuses(visits(), today)).toEqual(expected);
  });

  it('a done visit is done whatever the date, even before its window', () => {
    expect(statuses(visits(true, true), 5)).toEqual(['done', 'done', 'not-yet-due']);
  });

  it('a visit past its window is missed once a later visit is done, even before that later window', () => {
    expect(statuses(visits(false, true), 15)).toEqual(['missed', 'done', 'not-yet-due']);
  });

  it('a later visit done does not make a visit missed while its own window is open', () => {
    expect(statuses(visits(false, true), 11)).toEqual(['open', 'done', 'not-yet-due']);
  });

  it('keeps the other fields of each visit', () => {
    expect(withStatuses([{ windowStart: 1, windowEnd: 1, done: false, id: 'w0' }], 1)).toEqual([{ windowStart: 1, windowEnd: 1, done: false, id: 'w0', status: 'open' }]);
  });
});
