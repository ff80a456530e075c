/**
 * Lockout after repeated failures, as a pure function of the failures since the last success and `now`
 * (passed in: shared/ has no clock). After LOCKOUT.maxFailures consecutive failures the login is locked
 * for LOCKOUT.minutes from the last of them; a success resets the count (the store forgets the failures).
 * A failure while locked is not recorded and does not extend the lock: someone guessing can keep a nurse
 * out for one period at a time, not for ever by hammering.
 */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly minutes: number;
}

export const LOCKOUT: LockoutPolicy = { maxFailures: 5, minutes: 15 };

export type LockoutState =
  | { readonly locked: false; readonly failuresLeft: number }
  | { readonly locked: true; readonly until: string };

/** The lock state from the consecutive failures (ISO instants, oldest first, as kept by recordFailure). */
export function lockoutState(failures: readonly string[], now: Date, policy: LockoutPolicy = LOCKOUT): LockoutState {
  if (failures.length < policy.maxFailures) return { locked: false, failuresLeft: policy.maxFailures - failures.length };
  const until = new Date(Date.parse(failures.at(-1) ?? '') + policy.minutes * 60_000);
  if (now.getTime() < until.getTime()) return { locked: true, until: until.toISOString() };
  // The lock ran out: a full set of attempts again.
  return { locked: false, failuresLeft: policy.maxFailures };
}

/**
 * The failures to keep after one more failure at `now`. While locked, nothing changes; after a lock ran
 * out, counting starts again from this failure. The list never holds more than maxFailures entries.
 */
export function recordFailure(failures: readonly string[], now: Date, policy: LockoutPolicy = LOCKOUT): readonly string[] {
  const state = lockoutState(failures, now, policy);
  if (state.locked) return failures;
  if (failures.length >= policy.maxFailures) return [now.toISOString()];
  return [...failures, now.toISOString()];
}
