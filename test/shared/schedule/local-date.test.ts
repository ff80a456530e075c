import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDate, isLocalDate, parseLocalDate } from '../../../shared/schedule';

const MS_PER_DAY = 86_400_000;

describe('local dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2024-03-01', 19783],
  ])('%s is day number %i', (text, day) => {
    expect(parseLocalDate(text)).toBe(day);
    expect(formatLocalDate(day)).toBe(text);
  });

  it.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '24-01-01', '2024-01-01T00:00', '', 'today'])(
    'rejects %j',
    (text) => {
      expect(parseLocalDate(text)).toBeUndefined();
      expect(isLocalDate(text)).toBe(false);
    },
  );

  it('accepts leap days of leap years only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('2100-02-29')).toBe(false);
  });

  it('agrees with the UTC calendar for any day from 1900 to 2200 and round-trips', () => {
    const first = parseLocalDate('1900-01-01') ?? 0;
    const last = parseLocalDate('2200-12-31') ?? 0;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const text = formatLocalDate(day);
        expect(text).toBe(new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
        expect(parseLocalDate(text)).toBe(day);
      }),
    );
  });
});
