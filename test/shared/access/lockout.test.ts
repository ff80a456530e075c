import { describe, expect, it } from 'vitest';
import { LOCKOUT, lockoutState, recordFailure } from '../../../shared/access';

const T0 = Date.UTC(2025, 2, 10, 9, 0, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

function fail(times: readonly number[]): readonly string[] {
  return times.reduce<readonly string[]>((failures, m) => recordFailure(failures, at(m)), []);
}

describe('lockout', () => {
  it('counts down the attempts left and locks after the fifth consecutive failure, for 15 minutes from it', () => {
    expect(lockoutState([], at(0))).toEqual({ locked: false, failuresLeft: 5 });
    expect(lockoutState(fail([0, 1, 2, 3]), at(4))).toEqual({ locked: false, failuresLeft: 1 });
    const five = fail([0, 1, 2, 3, 4]);
    expect(lockoutState(five, at(4))).toEqual({ locked: true, until: at(4 + LOCKOUT.minutes).toISOString() });
    expect(lockoutState(five, at(18.9))).toMatchObject({ locked: true });
  });

  it('unlocks when the period has passed, with a full set of attempts again', () => {
    const five = fail([0, 1, 2, 3, 4]);
    expect(lockoutState(five, at(19))).toEqual({ locked: false, failuresLeft: 5 });
    const again = recordFailure(five, at(20));
    expect(again).toEqual([at(20).toISOString()]);
    expect(lockoutState(again, at(20))).toEqual({ locked: false, failuresLeft: 4 });
  });

  it('does not extend the lock for failures while locked', () => {
    const five = fail([0, 1, 2, 3, 4]);
    expect(recordFailure(five, at(10))).toBe(five);
    expect(lockoutState(recordFailure(five, at(10)), at(19))).toMatchObject({ locked: false });
  });

  it('a success (the store forgets the failures) resets the count: four, success, four more is not a lock', () => {
    const four = fail([0, 1, 2, 3]);
    expect(lockoutState(four, at(3))).toMatchObject({ locked: false });
    const afterSuccess = fail([5, 6, 7, 8]);
    expect(lockoutState(afterSuccess, at(8))).toEqual({ locked: false, failuresLeft: 1 });
  });
});
