import { describe, expect, it } from 'vitest';
import { meld, meld3, meldInclusionNct03668171, meldNa, meldNct05121870 } from '../../../shared/scores';
import { gPerL, mmolPerL, success, umolPerL } from './builders';

// domain.md §3.5: TBIL 342 µmol/L (20 mg/dL), Cr 88.4 µmol/L (1.0 mg/dL), INR 2.2, Na 130 mmol/L,
// albumin 28 g/L (2.8 g/dL), female, no dialysis.
const labs = { bilirubin: umolPerL(342), creatinine: umolPerL(88.4), inr: 2.2, dialysisTwiceInPastWeek: false };
const withSodiumAlbumin = { ...labs, sodium: mmolPerL(130), albumin: gPerL(28), sex: 'female' };

describe('domain.md §3.5 test vectors', () => {
  it('UNOS MELD(i) unscaled is 2.658 and fails nothing once scaled to 27', () => {
    const inclusion = success(meldInclusionNct03668171(labs));
    expect(inclusion.unscaled).toBeCloseTo(2.658, 3);
    expect(inclusion.score).toBe(27);
  });

  it('UNOS MELD is 27', () => {
    expect(success(meld(labs)).score).toBe(27);
  });

  it('MELD-Na is 30 (30.003)', () => {
    expect(success(meldNa(withSodiumAlbumin)).score).toBe(30);
  });

  it('MELD 3.0 is 30 (30.16)', () => {
    const result = success(meld3(withSodiumAlbumin));
    expect(result.unrounded).toBeCloseTo(30.16, 2);
    expect(result.score).toBe(30);
  });

  it('NCT05121870, etiology other: 26.61, 27 rounded (the default), 26 truncated', () => {
    const rounded = success(meldNct05121870({ ...labs, etiology: 'other' }));
    expect(rounded.raw).toBeCloseTo(26.61, 2);
    expect([rounded.score, rounded.rounding]).toEqual([27, 'round']);
    expect(success(meldNct05121870({ ...labs, etiology: 'other', rounding: 'truncate' })).score).toBe(26);
  });

  it('NCT05121870, etiology cholestatic or alcoholic: 20.21 -> 20', () => {
    const result = success(meldNct05121870({ ...labs, etiology: 'cholestatic-or-alcoholic' }));
    expect(result.raw).toBeCloseTo(20.21, 2);
    expect(result.score).toBe(20);
  });
});
