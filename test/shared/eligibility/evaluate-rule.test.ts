import { describe, expect, it } from 'vitest';
import { evaluateRule, type Explanation, type Observation } from '../../../shared/eligibility';
import { SHIPPED_CATALOGUE, type Rule } from '../../../shared/protocol';
import { FAKE_CATALOGUE } from '../protocol/builders';

const evaluate = (rule: Rule, observations: Observation[], referenceDate = '2024-03-10', catalogue = FAKE_CATALOGUE): Explanation =>
  evaluateRule(rule, { observations, catalogue, referenceDate });

describe('evaluateRule: leaves', () => {
  it('compare names the value and the threshold in both languages', () => {
    const result = evaluate({ kind: 'compare', item: 'bilirubin', op: '>=', value: 170 }, [{ item: 'bilirubin', value: 190 }]);
    expect(result.outcome).toBe('met');
    expect(result.text).toEqual({ en: 'Total bilirubin 190 µmol/L, rule ≥ 170 µmol/L: met', zh: '总胆红素 190 µmol/L，规则 ≥ 170 µmol/L：符合' });
  });

  it('converts a threshold given in mg/dL to the stored unit and shows both', () => {
    const rule: Rule = { kind: 'compare', item: 'bilirubin', op: '>=', value: 5, unit: 'mg/dL' };
    expect(evaluate(rule, [{ item: 'bilirubin', value: 85.5 }]).text.en).toBe('Total bilirubin 85.5 µmol/L, rule ≥ 85.5 µmol/L (5 mg/dL): met');
    expect(evaluate(rule, [{ item: 'bilirubin', value: 85.4 }]).outcome).toBe('not-met');
  });

  it('converts a value entered in another unit', () => {
    const result = evaluate({ kind: 'compare', item: 'bilirubin', op: '>=', value: 170 }, [{ item: 'bilirubin', value: 10, unit: 'mg/dL' }]);
    expect(result.outcome).toBe('met');
    expect(result.text.en).toBe('Total bilirubin 10 mg/dL, rule ≥ 170 µmol/L: met');
  });

  it('is unknown when the input is missing, and says so', () => {
    const result = evaluate({ kind: 'compare', item: 'bilirubin', op: '>=', value: 170 }, []);
    expect(result).toEqual({ outcome: 'unknown', children: [], text: { en: 'Total bilirubin: no value (rule ≥ 170 µmol/L): unknown', zh: '总胆红素：无数据（规则 ≥ 170 µmol/L）：无法判断' } });
  });

  it('is unknown for a value in a unit the item does not have', () => {
    expect(evaluate({ kind: 'compare', item: 'bilirubin', op: '>=', value: 170 }, [{ item: 'bilirubin', value: 10, unit: 'g/L' }]).outcome).toBe('unknown');
  });

  it('uses the latest dated value', () => {
    const observations = [
      { item: 'bilirubin', value: 100, date: '2024-03-09' },
      { item: 'bilirubin', value: 200, date: '2024-03-05' },
    ];
    expect(evaluate({ kind: 'compare', item: 'bilirubin', op: '>=', value: 170 }, observations).outcome).toBe('not-met');
  });

  it('between is inclusive and localizes the unit', () => {
    const rule: Rule = { kind: 'between', item: 'age', min: 18, max: 70 };
    expect(evaluate(rule, [{ item: 'age', value: 70 }]).text).toEqual({ en: 'Age 70 years, rule 18 years – 70 years: met', zh: '年龄 70 岁，规则 18 岁 – 70 岁：符合' });
    expect(evaluate(rule, [{ item: 'age', value: 17 }]).outcome).toBe('not-met');
    expect(evaluate(rule, [{ item: 'age', value: 71 }]).outcome).toBe('not-met');
  });

  it('ratio compares against a multiple of another item (creatinine ≥ 1.2 × ULN)', () => {
    const rule: Rule = { kind: 'ratio', item: 'creatinine', op: '>=', factor: 1.2, reference: 'creatinineUln' };
    const result = evaluate(rule, [{ item: 'creatinine', value: 130 }, { item: 'creatinineUln', value: 100 }]);
    expect(result.outcome).toBe('met');
    expect(result.text.en).toBe('Creatinine 130 µmol/L, rule ≥ 1.2 × Creatinine ULN (100 µmol/L) = 120 µmol/L: met');
    expect(evaluate(rule, [{ item: 'creatinine', value: 130 }]).text.en).toBe('Creatinine ULN: no value (rule ≥ 1.2 × Creatinine ULN): unknown');
  });

  it('a value below a detection limit is not at or above it', () => {
    const rule: Rule = { kind: 'ratio', item: 'creatinine', op: '>=', factor: 1, reference: 'creatinineUln' };
    expect(evaluate(rule, [{ item: 'creatinine', value: 20, qualifier: '<' }, { item: 'creatinineUln', value: 20 }]).outcome).toBe('not-met');
  });

  it('daily rise uses the two latest values on different days', () => {
    const rule: Rule = { kind: 'daily-rise', item: 'bilirubin', op: '>=', value: 17.1 };
    const rising = [
      { item: 'bilirubin', value: 100, date: '2024-03-05' },
      { item: 'bilirubin', value: 140, date: '2024-03-07' },
    ];
    expect(evaluate(rule, rising).text.en).toBe('Total bilirubin 100 µmol/L (2024-03-05) → 140 µmol/L (2024-03-07) = 20 µmol/L/day, rule ≥ 17.1 µmol/L/day: met');
    expect(evaluate(rule, [{ item: 'bilirubin', value: 100, date: '2024-03-05' }, { item: 'bilirubin', value: 120, date: '2024-03-07' }]).outcome).toBe('not-met');
    expect(evaluate(rule, [{ item: 'bilirubin', value: 100, date: '2024-03-05' }]).outcome).toBe('unknown');
    expect(evaluate(rule, [{ item: 'bilirubin', value: 100 }, { item: 'bilirubin', value: 300 }]).outcome).toBe('unknown');
  });

  it('one-of matches codes', () => {
    const rule: Rule = { kind: 'one-of', item: 'heGrade', values: ['2', '3', '4'] };
    expect(evaluate(rule, [{ item: 'heGrade', value: '3' }]).text.en).toBe('HE grade = 3, rule one of 2, 3, 4: met');
    expect(evaluate(rule, [{ item: 'heGrade', value: 'minimal' }]).outcome).toBe('not-met');
    expect(evaluate(rule, []).outcome).toBe('unknown');
  });

  it('present is not met when the item is absent', () => {
    expect(evaluate({ kind: 'present', item: 'consentDate' }, []).outcome).toBe('not-met');
    expect(evaluate({ kind: 'present', item: 'consentDate' }, [{ item: 'consentDate', value: '2024-03-01' }]).outcome).toBe('met');
  });

  it('date-within counts days from the reference date', () => {
    const rule: Rule = { kind: 'date-within', item: 'consentDate', fromDays: -7, toDays: 0 };
    expect(evaluate(rule, [{ item: 'consentDate', value: '2024-03-03' }]).text).toEqual({
      en: 'Consent date 2024-03-03, rule from 2024-03-03 to 2024-03-10: met',
      zh: '知情同意日期 2024-03-03，规则 在 2024-03-03 至 2024-03-10 之间：符合',
    });
    expect(evaluate(rule, [{ item: 'consentDate', value: '2024-03-02' }]).outcome).toBe('not-met');
    expect(evaluate(rule, [{ item: 'consentDate', value: '2024-03-11' }]).outcome).toBe('not-met');
    expect(evaluate({ kind: 'date-within', item: 'consentDate', toDays: 0 }, [{ item: 'consentDate', value: '2020-01-01' }]).outcome).toBe('met');
    expect(evaluate(rule, [{ item: 'consentDate', value: '2024-03' }]).outcome).toBe('unknown');
  });
});

describe('evaluateRule: derived scores (through shared/scores)', () => {
  const labs: Observation[] = [
    { item: 'bilirubin', value: 342 },
    { item: 'creatinine', value: 88.4 },
    { item: 'inr', value: 2.2 },
    { item: 'dialysisTwiceInPastWeek', value: false },
  ];
  const rule: Rule = { kind: 'score-between', score: 'meldInclusionNct03668171', min: 17, max: 30 };

  it('computes the score from SI inputs (domain.md §3.5 vector: MELD 27)', () => {
    const result = evaluate(rule, labs, '2024-03-10', SHIPPED_CATALOGUE);
    expect(result.outcome).toBe('met');
    expect(result.text.en).toBe('MELD for NCT03668171 inclusion (10 × MELD(i)) = 27, rule 17 – 30: met');
  });

  it('is unknown when inputs are missing, naming them', () => {
    const result = evaluate(rule, labs.slice(0, 2), '2024-03-10', SHIPPED_CATALOGUE);
    expect(result.outcome).toBe('unknown');
    expect(result.text.en).toContain('cannot be computed (missing International normalised ratio (INR), Dialysis');
    expect(result.text.zh).toContain('无法计算（缺少国际标准化比值（INR）');
  });

  it('Child-Pugh maps ascites and HE grades (7–12 inclusion of NCT05121870)', () => {
    const observations: Observation[] = [
      { item: 'bilirubin', value: 40 },
      { item: 'albumin', value: 30 },
      { item: 'inr', value: 1.5 },
      { item: 'ascitesGrade', value: '2' },
      { item: 'heGrade', value: 'minimal' },
    ];
    const ctp: Rule = { kind: 'score-compare', score: 'childPugh', op: '=', value: 8 };
    expect(evaluate(ctp, observations, '2024-03-10', SHIPPED_CATALOGUE).outcome).toBe('met');
    const refractory = [...observations, { item: 'ascitesRefractory', value: true }];
    expect(evaluate({ ...ctp, value: 9 }, refractory, '2024-03-10', SHIPPED_CATALOGUE).outcome).toBe('met');
  });

  it('the NCT05121870 MELD uses the etiology category', () => {
    const observations: Observation[] = [...labs.slice(0, 3), { item: 'etiologyCategory', value: '1' }];
    expect(evaluate({ kind: 'score-compare', score: 'meldNct05121870', op: '=', value: 27 }, observations, '2024-03-10', SHIPPED_CATALOGUE).outcome).toBe('met');
  });
});

describe('evaluateRule: combinations', () => {
  const bili = (value: number): Observation => ({ item: 'bilirubin', value });
  const rule: Rule = { kind: 'all', of: [{ kind: 'compare', item: 'bilirubin', op: '>=', value: 85.5 }, { kind: 'any', of: [{ kind: 'compare', item: 'inr', op: '>=', value: 1.5 }, { kind: 'present', item: 'consentDate' }] }] };

  it('explains every branch', () => {
    const result = evaluate(rule, [bili(100), { item: 'inr', value: 1.2 }]);
    expect(result.outcome).toBe('not-met');
    expect(result.text.en).toBe('all of 2 conditions: not met');
    expect(result.children.map((c) => c.outcome)).toEqual(['met', 'not-met']);
    expect(result.children[1]?.children.map((c) => c.text.en)).toEqual(['INR 1.2 ratio, rule ≥ 1.5 ratio: not met', 'Consent date: not recorded: not met']);
  });

  it('a decided branch wins over a missing one; otherwise the result is unknown', () => {
    expect(evaluate(rule, [bili(50)]).outcome).toBe('not-met');
    expect(evaluate({ kind: 'any', of: [{ kind: 'compare', item: 'inr', op: '>=', value: 1.5 }, { kind: 'compare', item: 'bilirubin', op: '>=', value: 1 }] }, [bili(50)]).outcome).toBe('met');
    expect(evaluate(rule, [bili(100)]).outcome).toBe('unknown');
    expect(evaluate({ kind: 'all', of: [{ kind: 'compare', item: 'inr', op: '>=', value: 1.5 }, { kind: 'compare', item: 'bilirubin', op: '>=', value: 1 }] }, [bili(50)]).outcome).toBe('unknown');
  });

  it('not inverts met and not met but keeps unknown', () => {
    expect(evaluate({ kind: 'not', of: { kind: 'compare', item: 'bilirubin', op: '>=', value: 85.5 } }, [bili(100)]).outcome).toBe('not-met');
    expect(evaluate({ kind: 'not', of: { kind: 'compare', item: 'bilirubin', op: '>=', value: 85.5 } }, []).outcome).toBe('unknown');
  });
});
