import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyDayOfWeek } from '../../../shared/protocol';
import { dayNumberOfStudyDay, formatLocalDate, parseLocalDate, studyDayOfDayNumber } from '../../../shared/schedule';

const day1 = parseLocalDate('2024-03-01') ?? Number.NaN;
const dateOf = (studyDay: number) => formatLocalDate(dayNumberOfStudyDay(day1, studyDay));

describe('study days (SDTM: day 1 = first infusion, no day 0)', () => {
  it.each([
    [0, 1],
    [1, 8],
    [2, 15],
    [4, 29],
    [12, 85],
    [48, 337],
    [52, 365],
  ])('week %i is day %i', (week, day) => {
    expect(studyDayOfWeek(week)).toBe(day);
  });

  it.each([
    [1, '2024-03-01'],
    [2, '2024-03-02'],
    [8, '2024-03-08'],
    [29, '2024-03-29'],
    [-1, '2024-02-29'],
    [-7, '2024-02-23'],
    [-28, '2024-02-02'],
  ])('study day %i of a subject whose day 1 is 2024-03-01 is %s', (studyDay, date) => {
    expect(dateOf(studyDay)).toBe(date);
    expect(studyDayOfDayNumber(day1, parseLocalDate(date) ?? Number.NaN)).toBe(studyDay);
  });

  it('the day before day 1 is day -1: there is no day 0', () => {
    expect(studyDayOfDayNumber(day1, day1 - 1)).toBe(-1);
    expect(studyDayOfDayNumber(day1, day1)).toBe(1);
  });

  it('never yields day 0 and round-trips every non-zero study day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const studyDay = studyDayOfDayNumber(day1, day1 + offset);
        expect(studyDay).not.toBe(0);
        expect(dayNumberOfStudyDay(day1, studyDay)).toBe(day1 + offset);
      }),
    );
  });
});
