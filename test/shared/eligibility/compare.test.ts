import { describe, expect, it } from 'vitest';
import { allOf, anyOf, compareReported, formatNumber, negate, type RuleOutcome } from '../../../shared/eligibility';
import type { ComparisonOperator } from '../../../shared/protocol';

describe('compareReported', () => {
  it.each<[number, ComparisonOperator, number, RuleOutcome]>([
    [170, '>=', 170, 'met'],
    [169.9, '>=', 170, 'not-met'],
    [40, '<=', 40, 'met'],
    [40, '<', 40, 'not-met'],
    [1.5, '=', 1.5, 'met'],
    [1.5, '!=', 1.5, 'not-met'],
  ])('plain %d %s %d is %s', (value, op, threshold, outcome) => {
    expect(compareReported({ value }, op, threshold)).toBe(outcome);
  });

  it.each<[number, ComparisonOperator, number, RuleOutcome]>([
    [1.3, '>=', 1.3, 'not-met'],
    [1.3, '>=', 2, 'not-met'],
    [1.3, '<', 1.3, 'met'],
    [1.3, '<=', 5, 'met'],
    [1.3, '!=', 1.3, 'met'],
    [1.3, '=', 1.3, 'not-met'],
    [1.3, '>=', 1, 'unknown'],
    [1.3, '<', 1, 'unknown'],
  ])('"<%d" %s %d is %s', (value, op, threshold, outcome) => {
    expect(compareReported({ value, qualifier: '<' }, op, threshold)).toBe(outcome);
  });

  it.each<[number, ComparisonOperator, number, RuleOutcome]>([
    [120, '>', 60, 'met'],
    [120, '>=', 120, 'met'],
    [120, '<=', 120, 'not-met'],
    [120, '<', 200, 'unknown'],
  ])('">%d" %s %d is %s', (value, op, threshold, outcome) => {
    expect(compareReported({ value, qualifier: '>' }, op, threshold)).toBe(outcome);
  });
});

describe('three-valued logic', () => {
  const all: RuleOutcome[] = ['met', 'not-met', 'unknown'];

  it('all: one not met decides; all met is met; otherwise unknown', () => {
    expect(allOf(['met', 'unknown', 'not-met'])).toBe('not-met');
    expect(allOf(['met', 'met'])).toBe('met');
    expect(allOf(['met', 'unknown'])).toBe('unknown');
  });

  it('any: one met decides; all not met is not met; otherwise unknown', () => {
    expect(anyOf(['not-met', 'unknown', 'met'])).toBe('met');
    expect(anyOf(['not-met', 'not-met'])).toBe('not-met');
    expect(anyOf(['not-met', 'unknown'])).toBe('unknown');
  });

  it('De Morgan holds for every pair', () => {
    for (const a of all) for (const b of all) expect(negate(allOf([a, b]))).toBe(anyOf([negate(a), negate(b)]));
  });
});

describe('formatNumber', () => {
  it.each([
    [85.50000000000001, '85.5'],
    [1.5e8, '1.5e+8'],
    [17.1, '17.1'],
    [0, '0'],
  ])('%d reads as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});
