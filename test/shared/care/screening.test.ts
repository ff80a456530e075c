import { describe, expect, it } from 'vitest';
import { decideScreening, answersFromRecord, screeningFormOf, screeningInputs } from '../../../shared/care';
import { SHIPPED_CATALOGUE } from '../../../shared/protocol';
import { seedProtocol } from './support';

const protocol = seedProtocol('NCT05985863');
const judgementIds = protocol.eligibility.filter((c) => c.rule === undefined).map((c) => c.id);
const confirmAll = Object.fromEntries(protocol.eligibility.filter((c) => c.rule === undefined).map((c) => [c.id, { holds: c.kind === 'inclusion' }]));

const ELIGIBLE = [
  { item: 'age', value: 45 },
  { item: 'bilirubin', value: 150 },
  { item: 'inr', value: 2.1 },
  { item: 'consentDate', value: '2025-03-01' },
  { item: 'heGrade', value: '1' },
  { item: 'preOnsetPlatelets', value: 120 },
  { item: 'preOnsetChildPugh', value: 7 },
  { item: 'priorLiverTransplant', value: false },
  { item: 'sex', value: 'F' },
  { item: 'pregnancyTest', value: 'NEGATIVE' },
  { item: 'breastfeeding', value: false },
  { item: 'priorImmunosuppressant', value: false },
];

describe('screening', () => {
  it('asks for every input of the machine rules, each recorded on a form of the screening visit', () => {
    for (const id of ['NCT05985863', 'NCT03668171', 'NCT06884904', 'NCT05121870', 'ESLD-UCMSC-DOSE']) {
      const p = seedProtocol(id);
      const inputs = screeningInputs(p, SHIPPED_CATALOGUE);
      expect(inputs.length).toBeGreaterThan(0);
      for (const item of inputs) expect(screeningFormOf(p, item), `${id} ${item}`).toBeDefined();
    }
    // Score rules bring their inputs (NCT03668171's MELD inclusion reads creatinine).
    expect(screeningInputs(seedProtocol('NCT03668171'), SHIPPED_CATALOGUE)).toContain('creatinine');
  });

  it('is pending while judgement criteria wait for confirmation, eligible once confirmed', () => {
    const open = decideScreening(protocol, { referenceDate: '2025-03-01', observations: ELIGIBLE, answers: {} }, SHIPPED_CATALOGUE);
    expect(open.overall).toBe('incomplete');
    expect(open.result).toBe('pending');
    expect(open.rows.filter((r) => r.outcome === 'needs-confirmation').map((r) => r.result.criterion)).toEqual(judgementIds);

    const decided = decideScreening(protocol, { referenceDate: '2025-03-01', observations: ELIGIBLE, answers: confirmAll }, SHIPPED_CATALOGUE);
    expect(decided.result).toBe('eligible');
    expect(decided.answers.find((a) => a.criterionId === 'inc-age')).toEqual({ criterionId: 'inc-age', answer: 'yes' });
    expect(decided.answers.find((a) => a.criterionId === 'exc-malignancy')).toEqual({ criterionId: 'exc-malignancy', answer: 'no' });
  });

  it('is not eligible as soon as one inclusion fails, whatever is open', () => {
    const old = ELIGIBLE.map((o) => (o.item === 'age' ? { item: 'age', value: 75 } : o));
    const decision = decideScreening(protocol, { referenceDate: '2025-03-01', observations: old, answers: {} }, SHIPPED_CATALOGUE);
    expect(decision.result).toBe('not-eligible');
    expect(decision.rows.find((r) => r.result.criterion === 'inc-age')?.result.reason.text.en).toMatch(/75/);
  });

  it('lets the investigator answer an unknown rule only with a note, and records the note', () => {
    const withoutTransplantAnswer = ELIGIBLE.filter((o) => o.item !== 'priorLiverTransplant');
    const noNote = decideScreening(protocol, { referenceDate: '2025-03-01', observations: withoutTransplantAnswer, answers: { ...confirmAll, 'exc-transplant': { holds: false } } }, SHIPPED_CATALOGUE);
    expect(noNote.rows.find((r) => r.result.criterion === 'exc-transplant')).toMatchObject({ basis: 'rule-answered', noteMissing: true, verdict: 'open' });
    expect(noNote.result).toBe('pending');

    const withNote = decideScreening(
      protocol,
      { referenceDate: '2025-03-01', observations: withoutTransplantAnswer, answers: { ...confirmAll, 'exc-transplant': { holds: false, note: 'records unavailable; patient denies' } } },
      SHIPPED_CATALOGUE,
    );
    expect(withNote.result).toBe('eligible');
    expect(withNote.answers.find((a) => a.criterionId === 'exc-transplant')).toEqual({ criterionId: 'exc-transplant', answer: 'no', note: 'records unavailable; patient denies' });
    expect(answersFromRecord(protocol, withNote.answers)).toEqual({ ...confirmAll, 'exc-transplant': { holds: false, note: 'records unavailable; patient denies' } });

    // An answer to a rule whose value is known is ignored: the rule decides.
    const overridden = decideScreening(protocol, { referenceDate: '2025-03-01', observations: ELIGIBLE, answers: { ...confirmAll, 'inc-age': { holds: false, note: 'x' } } }, SHIPPED_CATALOGUE);
    expect(overridden.rows.find((r) => r.result.criterion === 'inc-age')).toMatchObject({ basis: 'rule', outcome: 'met' });
  });
});
