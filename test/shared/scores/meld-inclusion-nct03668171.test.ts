import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORMULA,
  meetsNct03668171MeldInclusion,
  meld,
  meldInclusionNct03668171,
  NCT03668171_MELD_RANGE,
} from '../../../shared/scores';
import { aMeldInput, mgPerDl, success } from './builders';

describe('meldInclusionNct03668171', () => {
  it.each([
    [16, false],
    [17, true],
    [30, true],
    [31, false],
  ])('a MELD of %i meets 17–30 inclusive: %s', (score, expected) => {
    expect(meetsNct03668171MeldInclusion(score)).toBe(expected);
  });

  it('states the range it checks', () => {
    expect(NCT03668171_MELD_RANGE).toEqual({ min: 17, max: 30 });
  });

  it('is the OPTN/UNOS MELD, with the unscaled MELD(i) of the protocol text and the inclusion verdict', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 8, noNaN: true }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        fc.boolean(),
        (bili, cr, inr, dialysis) => {
          const args = aMeldInput({ bilirubin: mgPerDl(bili), creatinine: mgPerDl(cr), inr, dialysisTwiceInPastWeek: dialysis });
          const result = success(meldInclusionNct03668171(args));
          const unos = success(meld(args));
          expect(result.score).toBe(unos.score);
          expect(result.inputs).toEqual(unos.inputs);
          expect(result.meetsInclusion).toBe(unos.score >= 17 && unos.score <= 30);
          expect(result.unscaled).toBeCloseTo(
            0.957 * Math.log(unos.inputs.creatinine.value) +
              0.378 * Math.log(unos.inputs.bilirubin.value) +
              1.12 * Math.log(unos.inputs.inr) +
              0.643,
            12,
          );
        },
      ),
    );
  });

  it('reports its own formula id', () => {
    expect(success(meldInclusionNct03668171(aMeldInput())).formula).toBe(FORMULA.meldInclusionNct03668171);
  });
});
