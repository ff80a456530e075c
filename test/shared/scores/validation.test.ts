import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aclfGrade,
  childPugh,
  clifCAclf,
  clifCOf,
  meld,
  meld3,
  meldInclusionNct03668171,
  meldNa,
  meldNct05121870,
  type ScoreFailure,
} from '../../../shared/scores';
import { aChildPughInput, aClifCAclfInput, aClifInput, aMeld3Input, aMeldInput, aMeldNaInput, mgPerDl } from './builders';

type AnyScore = (input: unknown) => { readonly ok: true } | ScoreFailure;

const nctInput = () => ({ bilirubin: mgPerDl(1), creatinine: mgPerDl(1), inr: 1, etiology: 'other' });

// Each public function with a valid argument and the keys that argument must have.
const FUNCTIONS: readonly (readonly [string, AnyScore, () => Record<string, unknown>])[] = [
  ['meld', meld, aMeldInput],
  ['meldNa', meldNa, aMeldNaInput],
  ['meld3', meld3, aMeld3Input],
  ['childPugh', childPugh, aChildPughInput],
  ['meldNct05121870', meldNct05121870, nctInput],
  ['meldInclusionNct03668171', meldInclusionNct03668171, aMeldInput],
  ['clifCOf', clifCOf, aClifInput],
  ['aclfGrade', aclfGrade, aClifInput],
  ['clifCAclf', clifCAclf, aClifCAclfInput],
];

/** The one numeric input for which 0 is a valid value. */
const WEST_HAVEN_GRADE = 'hepaticEncephalopathyGrade';

const isQuantity = (x: unknown): x is { value: unknown; unit: unknown } => typeof x === 'object' && x !== null && 'unit' in x;

function numbersIn(x: unknown): number[] {
  if (typeof x === 'number') return [x];
  if (typeof x !== 'object' || x === null) return [];
  return Object.values(x).flatMap(numbersIn);
}

function expectWellFormed(result: { readonly ok: true } | ScoreFailure): void {
  if (result.ok) {
    const numbers = numbersIn(result);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(Array.isArray(problem.path)).toBe(true);
      expect(typeof problem.message).toBe('string');
      expect(problem.message.length).toBeGreaterThan(0);
    }
  }
}

describe.each(FUNCTIONS)('%s argument validation', (_name, score, valid) => {
  it('accepts the valid argument', () => {
    expect(score(valid()).ok).toBe(true);
  });

  it.each([undefined, null, 5, 'meld', [], true])('rejects %o as the argument, at path []', (argument) => {
    expect(score(argument)).toEqual({ ok: false, problems: [{ path: [], message: expect.any(String) }] });
  });

  it('reports each missing field at its own path', () => {
    for (const key of Object.keys(valid())) {
      const { [key]: _dropped, ...rest } = valid();
      expect(score(rest)).toEqual({ ok: false, problems: [{ path: [key], message: 'is required' }] });
    }
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, -1, '2', null])(
    'reports a value of %o at [field, "value"] or [field]',
    (bad) => {
      for (const [key, good] of Object.entries(valid())) {
        if (typeof good === 'number' && !(key === WEST_HAVEN_GRADE && bad === 0)) {
          expect(score({ ...valid(), [key]: bad })).toEqual({ ok: false, problems: [{ path: [key], message: expect.any(String) }] });
        } else if (isQuantity(good)) {
          expect(score({ ...valid(), [key]: { ...good, value: bad } })).toEqual({
            ok: false,
            problems: [{ path: [key, 'value'], message: expect.any(String) }],
          });
        }
      }
    },
  );

  it('reports a wrong unit at [field, "unit"]', () => {
    for (const [key, good] of Object.entries(valid())) {
      if (!isQuantity(good)) continue;
      for (const unit of ['mg/dl', 'µmol/L', 'mEq/L', undefined, 3]) {
        expect(score({ ...valid(), [key]: { ...good, unit } })).toEqual({
          ok: false,
          problems: [{ path: [key, 'unit'], message: unit === undefined ? 'is required' : expect.stringMatching(/^must be one of /) }],
        });
      }
    }
  });

  it('reports a wrong boolean or choice at its path', () => {
    for (const [key, good] of Object.entries(valid())) {
      if (typeof good !== 'boolean' && typeof good !== 'string') continue;
      expect(score({ ...valid(), [key]: 'not-a-choice-or-boolean' })).toEqual({
        ok: false,
        problems: [{ path: [key], message: expect.any(String) }],
      });
    }
  });

  it('turns an argument whose getters throw into a problem, not a throw', () => {
    const hostile = Object.defineProperty(valid(), 'inr', {
      enumerable: true,
      get: () => {
        throw new Error('getter exploded');
      },
    });
    expect(score(hostile)).toEqual({ ok: false, problems: [{ path: [], message: expect.stringContaining('getter exploded') }] });
  });

  const numberish = fc.oneof(
    fc.double(),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, Number.MIN_VALUE, Number.MAX_VALUE, 1e-300),
    fc.anything(),
  );
  const unitish = fc.oneof(fc.constantFrom('umol/L', 'mg/dL', 'g/L', 'g/dL', 'mmol/L', 'mmHg', '10^9/L'), fc.anything());
  const leafLike = (good: unknown): fc.Arbitrary<unknown> => {
    if (isQuantity(good)) return fc.oneof(fc.record({ value: numberish, unit: unitish }, { requiredKeys: [] }), fc.anything());
    if (typeof good === 'number') return numberish;
    if (typeof good === 'boolean') return fc.oneof(fc.boolean(), fc.anything());
    if (typeof good === 'object' && good !== null) {
      return fc.oneof(fc.record({ measure: fc.constantFrom('PaO2/FiO2', 'SpO2/FiO2', 'x'), ratio: numberish }, { requiredKeys: [] }), fc.anything());
    }
    return fc.oneof(fc.constantFrom(good, 'none', 'other', 'female', 'truncate', 'grade3-4'), fc.anything());
  };

  it('never throws and never returns a non-finite number, whatever is passed', () => {
    const shape = Object.fromEntries(Object.entries(valid()).map(([key, good]) => [key, leafLike(good)]));
    fc.assert(
      fc.property(fc.oneof(fc.record(shape, { requiredKeys: [] }), fc.anything()), (argument) => {
        expectWellFormed(score(argument));
      }),
      { numRuns: 300 },
    );
  });
});

describe('scores over the whole range of valid numbers', () => {
  it('stay finite for tiny and huge positive labs in either unit', () => {
    const positive = fc.double({ min: 1e-300, max: Number.MAX_VALUE, noNaN: true });
    fc.assert(
      fc.property(positive, positive, positive, positive, fc.boolean(), (a, b, c, d, si) => {
        const lab = (value: number) => (si ? { value, unit: 'umol/L' } : mgPerDl(value));
        for (const [name, score, valid] of FUNCTIONS) {
          const result = score({ ...valid(), bilirubin: lab(a), creatinine: lab(b), inr: c, sodium: { value: d, unit: 'mmol/L' } });
          expect(result.ok, name).toBe(true);
          expectWellFormed(result);
        }
      }),
    );
  });
});
