import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize, CanonicalFormError } from '../../../shared/events';

describe('canonicalize', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalize({ b: 1, a: { d: [3, 1, 2], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,1,2]},"b":1}');
  });

  it('is the same whatever order the keys were written in', () => {
    const a = { type: 'item.valueSet', payload: { value: 1.5, entered: '1.5', unit: 'µmol/L' }, seq: 2 };
    const b = { seq: 2, payload: { unit: 'µmol/L', entered: '1.5', value: 1.5 }, type: 'item.valueSet' };
    expect(canonicalize(a)).toBe(canonicalize(b));
  });

  it('leaves out undefined properties', () => {
    expect(canonicalize({ a: 1, reason: undefined })).toBe('{"a":1}');
  });

  it('writes numbers as JSON numbers in their shortest form', () => {
    expect(canonicalize([1.0, 0.1, -0, 1e21, 1e-7, 120])).toBe('[1,0.1,0,1e+21,1e-7,120]');
  });

  it('normalises strings and keys to NFC, so the same text typed differently hashes the same', () => {
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    expect(canonicalize({ [decomposed]: decomposed })).toBe(canonicalize({ [composed]: composed }));
    expect(canonicalize(decomposed)).toBe(`"${composed}"`);
  });

  it('escapes like JSON.stringify, Chinese text kept as is', () => {
    expect(canonicalize({ note: '肝衰竭 "重度"\n' })).toBe('{"note":"肝衰竭 \\"重度\\"\\n"}');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a Date', new Date(0)],
    ['a function', () => 1],
    ['undefined in an array', [undefined]],
    ['a bigint', 1n],
  ])('refuses %s, which has no JSON form', (_name, value) => {
    expect(() => canonicalize({ value })).toThrow(CanonicalFormError);
  });

  it('refuses keys that collide after NFC normalisation', () => {
    expect(() => canonicalize({ 'caf\u00e9': 1, 'cafe\u0301': 2 })).toThrow(/collide/);
  });

  it('property: shuffling keys never changes the canonical form', () => {
    const objectWithShuffledKeys = fc
      .dictionary(fc.string(), fc.jsonValue())
      .chain((obj) => {
        const keys = Object.keys(obj);
        return fc.tuple(fc.constant(obj), fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }));
      });
    fc.assert(
      fc.property(objectWithShuffledKeys, ([obj, order]) => {
        const shuffled = Object.fromEntries(order.map((k) => [k, obj[k]]));
        return canonicalize(shuffled) === canonicalize(obj);
      }),
    );
  });

  it('property: the canonical form is valid JSON and a fixed point', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = canonicalize(value);
        return canonicalize(JSON.parse(once)) === once;
      }),
    );
  });
});
