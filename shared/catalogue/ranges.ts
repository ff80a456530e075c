/**
 * Range status of a stored value. Hard violations block completion; soft ones ask the site to confirm.
 * Hard bounds are inclusive unless marked exclusive; soft thresholds are strict (a value equal to the
 * threshold is ordinary), matching the "< low or > high" wording of domain.md §2.
 */
import { fail, ok, type Result } from '../lib/result';
import { getItem } from './catalogue';
import type { ItemId } from './ids';
import { requireFiniteNumber } from './units';

export const RANGE_STATUSES = ['ok', 'soft-low', 'soft-high', 'hard-low', 'hard-high'] as const;
export type RangeStatus = (typeof RANGE_STATUSES)[number];

export function checkRange(itemId: ItemId | (string & {}), storedValue: number): Result<RangeStatus> {
  const found = getItem(itemId);
  if (!found.ok) return found;
  const item = found.value;
  if (item.kind !== 'quantity' && item.kind !== 'integer') {
    return fail([{ path: [itemId], message: `Item "${itemId}" is a ${item.kind} and has no range.`, severity: 'error' }]);
  }
  const number = requireFiniteNumber(itemId, storedValue);
  if (!number.ok) return number;
  const value = number.value;

  const { min, max, minExclusive = false } = item.hardRange;
  if (minExclusive ? value <= min : value < min) return ok('hard-low');
  if (value > max) return ok('hard-high');
  if (item.kind === 'integer' && !Number.isInteger(value)) {
    return fail([{ path: [itemId, 'value'], message: `Item "${itemId}" takes whole numbers only.`, severity: 'error' }]);
  }
  const soft = item.softRange;
  if (soft?.low !== undefined && value < soft.low) return ok('soft-low');
  if (soft?.high !== undefined && value > soft.high) return ok('soft-high');
  return ok('ok');
}

/** True when the status blocks completion of a form. */
export const isHardViolation = (status: RangeStatus): boolean => status === 'hard-low' || status === 'hard-high';
