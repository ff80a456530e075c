import { describe, expect, it } from 'vitest';
import { checkCompletion } from '../../../shared/forms';
import { draft, formModel } from './builders';

const labs = formModel('labs');
const complete = { bilirubin: '40', albumin: '30', inr: '1.5', creatinine: '80', sodium: '135' };

describe('checkCompletion: "complete this form"', () => {
  it('an empty record cannot complete: every required field blocks', () => {
    const result = checkCompletion(labs, {});
    expect(result.canComplete).toBe(false);
    expect(result.blocking.map((p) => `${p.key}:${p.severity}`)).toEqual([
      'bilirubin:required',
      'albumin:required',
      'inr:required',
      'creatinine:required',
      'sodium:required',
    ]);
  });

  it('completes when every required field has a value or a missing reason', () => {
    expect(checkCompletion(labs, draft(complete))).toEqual({ canComplete: true, blocking: [], needsConfirmation: [], pending: [] });
    const withReason = checkCompletion(labs, draft({ ...complete, sodium: { missing: 'NOT DONE' } }));
    expect(withReason.canComplete).toBe(true);
  });

  it('a hard error blocks; an unconfirmed soft warning does not, it needs confirmation', () => {
    const hard = checkCompletion(labs, draft({ ...complete, bilirubin: '5000' }));
    expect(hard.canComplete).toBe(false);
    expect(hard.blocking.map((p) => p.code)).toEqual(['range.hard-high']);

    const soft = checkCompletion(labs, draft({ ...complete, bilirubin: '800' }));
    expect(soft.canComplete).toBe(true);
    expect(soft.needsConfirmation.map((p) => `${p.key}:${p.code}`)).toEqual(['bilirubin:range.soft-high']);
  });

  it('a confirmed warning needs nothing more, and is no longer listed for confirmation', () => {
    const confirmed = checkCompletion(labs, draft({ ...complete, bilirubin: { value: '800', softConfirmed: true } }));
    expect(confirmed).toMatchObject({ canComplete: true, needsConfirmation: [] });
  });

  it('confirmation cannot turn a hard error into a warning', () => {
    const result = checkCompletion(labs, draft({ ...complete, bilirubin: { value: '5000', softConfirmed: true } }));
    expect(result.canComplete).toBe(false);
  });

  it('a format error blocks completion', () => {
    const result = checkCompletion(labs, draft({ ...complete, inr: '1,5' }));
    expect(result.blocking.map((p) => p.code)).toEqual(['format.number']);
  });

  it('a pending (NAV) lab completes the form but stays outstanding', () => {
    const result = checkCompletion(labs, draft({ ...complete, sodium: { missing: 'NAV' } }));
    expect(result).toMatchObject({ canComplete: true, pending: ['sodium'] });
  });

  it('a required field that does not apply does not block (infusion details when not given)', () => {
    const infusion = formModel('infusion');
    const notGiven = checkCompletion(infusion, draft({ infusionGiven: 'false', infusionNotGivenReason: 'Patient refused', dosingWeight: '60' }));
    expect(notGiven.blocking).toEqual([]);
    const given = checkCompletion(infusion, draft({ infusionGiven: 'true', dosingWeight: '60', infusionRoute: 'INTRAVENOUS' }));
    expect(given.blocking.map((p) => p.key)).toEqual(['infusionStart', 'infusionStop']);
  });

  it('a pregnancy test does not apply to a male subject (form or context)', () => {
    const eligibility = formModel('eligibility', { visitId: 'screening', arm: undefined });
    const withReq = { ...eligibility, fields: eligibility.fields.map((f) => (f.key === 'pregnancyTest' ? { ...f, required: true } : f)) };
    const base = { consentDate: '2025-01-02', hivAntibody: 'NEGATIVE' };
    expect(checkCompletion(withReq, draft(base)).blocking.map((p) => p.key)).toEqual(['pregnancyTest']);
    expect(checkCompletion(withReq, draft(base), { subject: { sex: 'M' } }).blocking).toEqual([]);
    expect(checkCompletion(withReq, draft(base), { subject: { sex: 'F' } }).blocking.map((p) => p.key)).toEqual(['pregnancyTest']);
  });

  it('cross-field errors block; cross-field warnings need confirmation on their key', () => {
    const vitals = formModel('vitals');
    const base = { weight: '60', systolicBp: '120', diastolicBp: '80', temperature: '38.5' };
    expect(checkCompletion(vitals, draft({ ...base, diastolicBp: '130' })).canComplete).toBe(false);
    const fever = checkCompletion(vitals, draft(base), { visit: { infusionStop: '2025-03-01T10:00' } });
    expect(fever).toMatchObject({ canComplete: true });
    expect(fever.needsConfirmation.map((p) => p.key)).toEqual(['temperature']);
    const acknowledged = checkCompletion(vitals, draft({ ...base, temperature: { value: '38.5', softConfirmed: true } }), {
      visit: { infusionStop: '2025-03-01T10:00' },
    });
    expect(acknowledged.needsConfirmation).toEqual([]);
  });
});
