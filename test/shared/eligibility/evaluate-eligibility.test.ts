import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type EligibilityInput, type Observation } from '../../../shared/eligibility';
import { aProtocol, FAKE_CATALOGUE } from '../protocol/builders';

// The builder protocol: inc-age (rule: age 18–70) and exc-judgement (no rule).
const p = aProtocol();
const input = (observations: Observation[], judgements: EligibilityInput['judgements'] = {}): EligibilityInput => ({
  referenceDate: '2024-03-10',
  observations,
  judgements,
});

describe('evaluateEligibility', () => {
  it('is eligible when every inclusion is met, no exclusion is met and judgements are confirmed', () => {
    const result = evaluateEligibility(p, input([{ item: 'age', value: 45 }], { 'exc-judgement': 'not-met' }), FAKE_CATALOGUE);
    expect(result.overall).toBe('eligible');
    expect(result.criteria.map((c) => [c.criterion, c.basis, c.outcome, c.verdict])).toEqual([
      ['inc-age', 'rule', 'met', 'pass'],
      ['exc-judgement', 'judgement', 'not-met', 'pass'],
    ]);
  });

  it('a judgement criterion needs an explicit confirmation', () => {
    const result = evaluateEligibility(p, input([{ item: 'age', value: 45 }]), FAKE_CATALOGUE);
    expect(result.overall).toBe('incomplete');
    expect(result.criteria[1]).toMatchObject({ outcome: 'needs-confirmation', verdict: 'open', reason: { text: { en: 'Investigator judgement: needs confirmation', zh: '研究者判断：待确认' } } });
  });

  it('a missing input leaves the result incomplete', () => {
    const result = evaluateEligibility(p, input([], { 'exc-judgement': 'not-met' }), FAKE_CATALOGUE);
    expect(result.overall).toBe('incomplete');
    expect(result.criteria[0]).toMatchObject({ outcome: 'unknown', verdict: 'open' });
  });

  it('an inclusion not met makes the subject not eligible even while other criteria are open', () => {
    expect(evaluateEligibility(p, input([{ item: 'age', value: 80 }]), FAKE_CATALOGUE).overall).toBe('not-eligible');
  });

  it('a met exclusion makes the subject not eligible even while other criteria are open', () => {
    const result = evaluateEligibility(p, input([], { 'exc-judgement': 'met' }), FAKE_CATALOGUE);
    expect(result.overall).toBe('not-eligible');
    expect(result.criteria[1]).toMatchObject({ outcome: 'met', verdict: 'fail', reason: { text: { en: 'Investigator judgement, confirmed: met' } } });
  });

  it('a machine exclusion that holds excludes', () => {
    const withHiv = aProtocol({
      eligibility: [{ id: 'exc-hiv', kind: 'exclusion', text: { en: 'HIV', zh: 'HIV 感染' }, rule: { kind: 'one-of', item: 'hivAntibody', values: ['POSITIVE'] } }],
    });
    expect(evaluateEligibility(withHiv, input([{ item: 'hivAntibody', value: 'POSITIVE' }]), FAKE_CATALOGUE)).toMatchObject({ overall: 'not-eligible', criteria: [{ verdict: 'fail' }] });
    expect(evaluateEligibility(withHiv, input([{ item: 'hivAntibody', value: 'NEGATIVE' }]), FAKE_CATALOGUE)).toMatchObject({ overall: 'eligible', criteria: [{ verdict: 'pass' }] });
  });

  it('ignores a judgement answer for a machine criterion: the rule decides', () => {
    const result = evaluateEligibility(p, input([{ item: 'age', value: 80 }], { 'inc-age': 'met', 'exc-judgement': 'not-met' }), FAKE_CATALOGUE);
    expect(result.overall).toBe('not-eligible');
  });
});
