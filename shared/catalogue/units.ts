/**
 * Unit conversion between what a site entered and the stored (SI) unit. Conversions are exact data in
 * the catalogue (stored = value × factor + offset). Results are snapped to 12 significant digits, far
 * beyond any assay's precision, so that 3 mg/dL of bilirubin is 51.3 µmol/L and not 51.300000000000004
 * at a rule's boundary; rounding to the item's decimals is for display only.
 */
import { fail, ok, type Issue, type Result } from '../lib/result';
import { getItem } from './catalogue';
import type { ItemId } from './ids';
import type { AlternativeUnit, ItemDefinition } from './schema';

type Conversion = Pick<AlternativeUnit, 'factor' | 'offset'>;
const IDENTITY: Conversion = { factor: 1 };

const snap = (x: number): number => Number(x.toPrecision(12));

const issue = (path: Issue['path'], message: string): Issue => ({ path, message, severity: 'error' });

/** The units a value of this item may be entered in: the stored unit first. Empty for unitless kinds. */
export function unitsOf(item: ItemDefinition): readonly string[] {
  if (item.kind === 'quantity') return [item.unit, ...item.alternativeUnits.map((u) => u.unit)];
  if (item.kind === 'integer' && item.unit !== undefined) return [item.unit];
  return [];
}

function conversionFor(itemId: string, unit: string): Result<Conversion> {
  const found = getItem(itemId);
  if (!found.ok) return found;
  const item = found.value;
  if (item.kind !== 'quantity' && item.kind !== 'integer') {
    return fail([issue([itemId], `Item "${itemId}" is a ${item.kind}, not a number.`)]);
  }
  if (unit === item.unit) return ok(IDENTITY);
  const alternative = item.kind === 'quantity' ? item.alternativeUnits.find((u) => u.unit === unit) : undefined;
  if (alternative) return ok(alternative);
  const known = unitsOf(item);
  const expected = known.length > 0 ? `one of ${known.map((u) => `"${u}"`).join(', ')}` : 'no unit';
  return fail([issue([itemId, 'unit'], `Unknown unit "${unit}" for item "${itemId}": expected ${expected}.`)]);
}

/**
 * Only a finite number is a value. Missing reasons ("NOT DONE", "UNK"…), numeric strings and NaN are
 * rejected: a missing reason lives beside the value, and parsing input text is the form engine's job.
 */
export function requireFiniteNumber(itemId: string, value: unknown): Result<number> {
  return typeof value === 'number' && Number.isFinite(value)
    ? ok(value)
    : fail([issue([itemId, 'value'], `Item "${itemId}" needs a finite number, got ${JSON.stringify(value) ?? String(value)}.`)]);
}

export function convertToStored(itemId: ItemId | (string & {}), value: number, unit: string): Result<number> {
  const number = requireFiniteNumber(itemId, value);
  if (!number.ok) return number;
  const conversion = conversionFor(itemId, unit);
  if (!conversion.ok) return conversion;
  const { factor, offset = 0 } = conversion.value;
  return ok(snap(number.value * factor + offset));
}

export function convertFromStored(itemId: ItemId | (string & {}), storedValue: number, unit: string): Result<number> {
  const number = requireFiniteNumber(itemId, storedValue);
  if (!number.ok) return number;
  const conversion = conversionFor(itemId, unit);
  if (!conversion.ok) return conversion;
  const { factor, offset = 0 } = conversion.value;
  return ok(snap((number.value - offset) / factor));
}
