/**
 * Rounding that does not depend on binary floating-point noise. Lab values are decimals with a few
 * significant digits, but 51.3 / 17.1 is 2.9999999999999996 in binary and 1.005 * 1000 is 1004.9999999999999.
 * Snapping to 12 significant digits removes that noise (doubles carry about 16) while changing no value a
 * laboratory can report, so band edges and x.5 ties land where the decimal arithmetic puts them.
 */
const SIGNIFICANT_DIGITS = 12;

export function snapDecimal(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(x.toPrecision(SIGNIFICANT_DIGITS)) + 0;
}

/** Nearest integer, ties up (2.5 -> 3). Scores that use it are never negative. */
export function roundHalfUp(x: number): number {
  const snapped = snapDecimal(x);
  const floor = Math.floor(snapped);
  return (snapped - floor >= 0.5 ? floor + 1 : floor) + 0;
}

/** Nearest integer, ties away from zero (26.5 -> 27, -26.5 -> -27), for formulas that can go negative. */
export function roundHalfAwayFromZero(x: number): number {
  const magnitude = roundHalfUp(Math.abs(x));
  return (x < 0 ? -magnitude : magnitude) + 0;
}

/** The integer part (26.6 -> 26, -26.6 -> -26); `+ 0` turns -0 into 0 so results compare and print plainly. */
export function truncateTowardZero(x: number): number {
  return Math.trunc(snapDecimal(x)) + 0;
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(Math.max(x, min), max);
}
