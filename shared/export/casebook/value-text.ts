import type { ItemValue } from '../../events';

/**
 * A number as a plain decimal, never in exponent form: ODM float is xs:decimal, and analysis tools
 * read "0.0000001" the same everywhere while "1e-7" is text to some. The digits are exactly those
 * of the shortest round-trip form JavaScript prints.
 */
export function decimalText(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Yes/no items are stored as booleans and exported as Y/N (CDISC NY), as the catalogue states. */
export const yesNo = (value: boolean): 'Y' | 'N' => (value ? 'Y' : 'N');

/** How a stored value reads in the exports; several codes (a multiple choice) are joined with ";". */
export function valueText(value: ItemValue): string {
  if (typeof value === 'number') return decimalText(value);
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) return value.join(';');
  return value;
}
