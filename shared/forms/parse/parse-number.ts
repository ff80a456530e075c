/**
 * Reads a number as typed. Chinese input methods produce full-width digits and signs, so those are
 * folded to ASCII; spaces (thin, no-break) are dropped as digit-group separators. A comma is refused, not
 * guessed: "1,5" may be 1.5 or 15.
 */
export type NumberParse =
  | { readonly ok: true; readonly value: number; readonly qualifier?: '<' | '>' }
  | { readonly ok: false; readonly reason: 'number' | 'decimal-comma' };

const FULL_WIDTH: Readonly<Record<string, string>> = {
  '．': '.',
  '－': '-',
  '−': '-',
  '＋': '+',
  '＜': '<',
  '＞': '>',
  'ｅ': 'e',
  'Ｅ': 'e',
};

/** Full-width digits (U+FF10–U+FF19) and signs to ASCII; whitespace removed. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．－−＋＜＞ｅＥ]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/[\s\u00A0\u2009\u202F]/g, '');
}

const NUMBER = /^([<>])?([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)$/i;

export function parseNumberText(text: string): NumberParse {
  const normalised = normaliseNumberText(text);
  if (normalised.includes(',') || normalised.includes('，')) return { ok: false, reason: 'decimal-comma' };
  const match = NUMBER.exec(normalised);
  const digits = match?.[2];
  if (match === null || digits === undefined) return { ok: false, reason: 'number' };
  // + 0 turns -0 into 0, so "-0" never reaches storage as a distinct value.
  const value = Number(digits) + 0;
  if (!Number.isFinite(value)) return { ok: false, reason: 'number' };
  const qualifier = match[1];
  return qualifier === '<' || qualifier === '>' ? { ok: true, value, qualifier } : { ok: true, value };
}
