import { describe, expect, it } from 'vitest';
import { buildCasebookView, type CasebookForm, type CasebookView, type CasebookVisit } from '../../../shared/casebook';
import { DAY1, SubjectLog } from './builders';

const W0_LABS = { visitId: 'w0', formId: 'labs' } as const;
const W0_PHARMACY = { visitId: 'w0', formId: 'pharmacy' } as const;

const visitOf = (view: CasebookView, visitId: string): CasebookVisit => {
  const visit = view.visits.find((v) => v.visitId === visitId);
  if (visit === undefined) throw new Error(`no visit ${visitId}`);
  return visit;
};
const formOf = (visit: CasebookVisit, formId: string): CasebookForm => {
  const form = visit.forms.find((f) => f.formId === formId);
  if (form === undefined) throw new Error(`no form ${formId}`);
  return form;
};

/** A subject with week-0 labs (one value typed in mg/dL, one missing, one confirmed out of range), AEs, pharmacy, a query and signatures. */
function richLog(): SubjectLog {
  const log = new SubjectLog().enrol('msc');
  log.append({ type: 'visit.statusChanged', visitId: 'w0', payload: { status: 'done', visitDate: DAY1 } });
  const bilirubin = log.value(W0_LABS, 'bilirubin', { entered: '1.2', enteredUnit: 'mg/dL', value: 20.52, unit: 'µmol/L' });
  log.missing(W0_LABS, 'albumin', 'NOT DONE', 'Sample haemolysed');
  log.value(W0_LABS, 'alt', { entered: '900', value: 900, unit: 'U/L', softRangeConfirmed: true });
  log.append({ type: 'sdv.set', ...W0_LABS, itemId: 'bilirubin', payload: { valueEventId: bilirubin.id } }, 'monitor');
  log.append({ type: 'form.completed', ...W0_LABS, payload: {} });
  log.value(W0_LABS, 'alt', { entered: '90', value: 90, unit: 'U/L' }, 'Transcription error');
  log.value(W0_PHARMACY, 'productActual', { entered: 'MSC', value: 'MSC' }, undefined);
  const ae = { visitId: 'w0', formId: 'adverse-events' } as const;
  log.append({ type: 'record.added', ...ae, recordId: 'r-a', payload: {} });
  log.value({ ...ae, recordId: 'r-a' }, 'aeTerm', { entered: 'Fever', value: 'Fever' });
  log.append({ type: 'record.added', ...ae, recordId: 'r-b', payload: {} });
  log.value({ ...ae, recordId: 'r-b' }, 'aeTerm', { entered: 'Rash', value: 'Rash' });
  log.append({ type: 'record.removed', ...ae, recordId: 'r-a', payload: {}, reason: 'Entered twice' });
  log.append({ type: 'query.opened', ...W0_LABS, itemId: 'albumin', payload: { queryId: 'q-1', text: 'Why not done?', system: false } }, 'monitor');
  log.append({ type: 'query.answered', payload: { queryId: 'q-1', text: 'Sample haemolysed' } });
  log.append({ type: 'query.opened', ...W0_PHARMACY, itemId: 'productActual', payload: { queryId: 'q-2', text: 'Lot?', system: false } }, 'monitor');
  log.append({ type: 'signature.applied', ...W0_LABS, payload: { signatureId: 'sig-1', level: 'form', signerName: 'Dr Zhang', meaning: 'I approve' } }, 'investigator');
  log.append({ type: 'signature.applied', visitId: 'w0', payload: { signatureId: 'sig-2', level: 'visit', signerName: 'Dr Zhang', meaning: 'Reviewed' } }, 'investigator');
  log.append({ type: 'signature.voided', payload: { signatureId: 'sig-2' }, reason: 'Signed too early' }, 'investigator');
  log.append({ type: 'form.completed', ...W0_PHARMACY, payload: {} }, 'pharmacist');
  log.append({ type: 'signature.applied', ...W0_PHARMACY, payload: { signatureId: 'sig-3', level: 'form', signerName: 'Pharmacist Li', meaning: 'Dispensed' } }, 'investigator');
  // Week 1 holds nothing but the pharmacy record: to a blinded role nothing was recorded there.
  log.value({ visitId: 'w1', formId: 'pharmacy' }, 'productLot', { entered: 'LOT-7', value: 'LOT-7' });
  return log;
}

describe('the casebook of one subject', () => {
  it('lists every scheduled visit in schedule order with dates and status, and places an unscheduled visit by its date', () => {
    const log = new SubjectLog().enrol(undefined);
    log.append({ type: 'visit.started', visitId: 'u-1', payload: { visitDefId: 'unscheduled', kind: 'unscheduled', startedOn: '2025-03-20' } });
    log.value({ visitId: 'u-1', formId: 'vitals' }, 'weight', { entered: '60', value: 60, unit: 'kg' });
    const view = buildCasebookView(log.input(true, '2025-03-18'));
    expect(view.visits.map((v) => v.visitId)).toEqual(['screening', 'w0', 'w1', 'u-1', 'w2', 'w3', 'w4', 'w8', 'w12', 'w24', 'w48']);
    const w1 = visitOf(view, 'w1');
    expect(w1).toMatchObject({ kind: 'scheduled', status: 'open', targetDate: '2025-03-17', windowStart: '2025-03-16', windowEnd: '2025-03-18', studyDay: 8, recorded: false, forms: [] });
    expect(visitOf(view, 'w0').status).toBe('missed');
    expect(visitOf(view, 'u-1')).toMatchObject({ kind: 'unscheduled', status: 'started', startedOn: '2025-03-20', recorded: true });
    expect(visitOf(view, 'u-1').forms.map((f) => f.formId)).toEqual(['visit', 'vitals', 'labs', 'clinical', 'adverse-events', 'conmeds', 'death', 'transplant']);
  });

  it('shows each value as typed and as stored with both units, missing reasons with their note, soft confirmation and SDV', () => {
    const view = buildCasebookView(richLog().input(false));
    const labs = formOf(visitOf(view, 'w0'), 'labs');
    const [record] = labs.records;
    const item = (id: string) => record?.items.find((i) => i.itemId === id);
    expect(record?.items.map((i) => i.itemId).slice(0, 3)).toEqual(['bilirubin', 'albumin', 'inr']);
    expect(item('bilirubin')).toMatchObject({
      label: { en: 'Total bilirubin' },
      shown: { kind: 'value', value: { kind: 'number', entered: '1.2', enteredUnit: { code: 'mg/dL' }, stored: '20.52', storedUnit: { code: 'µmol/L' }, converted: true } },
      verified: true,
    });
    expect(item('albumin')?.shown).toEqual({ kind: 'missing', code: 'NOT DONE', label: { en: 'Not done', zh: '未做' }, note: 'Sample haemolysed' });
    expect(item('inr')?.shown).toEqual({ kind: 'empty' });
    expect(item('alt')).toMatchObject({ shown: { kind: 'value', value: { kind: 'number', entered: '90', stored: '90', converted: false } }, softRangeConfirmed: false });
    expect(labs).toMatchObject({ lifecycle: 'signed', signed: true, sdv: { verified: 1, total: 3 } });
    expect(labs.completed?.userId).toBe('u-nurse');
  });

  it('keeps a soft-range confirmation with the value it confirmed', () => {
    const log = new SubjectLog().enrol('msc');
    log.value(W0_LABS, 'alt', { entered: '900', value: 900, unit: 'U/L', softRangeConfirmed: true });
    const [record] = formOf(visitOf(buildCasebookView(log.input(true)), 'w0'), 'labs').records;
    expect(record?.items.find((i) => i.itemId === 'alt')?.softRangeConfirmed).toBe(true);
  });

  it('numbers the live rows of a repeating form as the visit page does, and lists removed rows after them with the reason', () => {
    const view = buildCasebookView(richLog().input(false));
    const aes = formOf(visitOf(view, 'w0'), 'adverse-events');
    expect(aes.repeating).toBe(true);
    expect(aes.records.map((r) => [r.recordId, r.number, r.removed?.reason])).toEqual([
      ['r-b', 1, undefined],
      ['r-a', undefined, 'Entered twice'],
    ]);
    expect(aes.records[0]?.items.find((i) => i.itemId === 'aeTerm')?.shown).toEqual({ kind: 'value', value: { kind: 'text', text: 'Rash' } });
  });

  it('lists every query with its place, state and thread, and every signature with its status', () => {
    const view = buildCasebookView(richLog().input(false));
    const q1 = view.queries.find((q) => q.queryId === 'q-1');
    expect(q1).toMatchObject({ status: 'answered', place: { visit: { visitId: 'w0' }, form: { formId: 'labs' }, item: { itemId: 'albumin', label: { en: 'Albumin' } } } });
    expect(q1?.history.map((h) => [h.action, h.text])).toEqual([
      ['opened', 'Why not done?'],
      ['answered', 'Sample haemolysed'],
    ]);
    expect(view.signatures.map((s) => [s.signatureId, s.level, s.status, s.ended?.reason])).toEqual([
      ['sig-1', 'form', 'valid', undefined],
      ['sig-2', 'visit', 'voided', 'Signed too early'],
      ['sig-3', 'form', 'valid', undefined],
    ]);
  });

  it('summarises the audit trail per form: changes, first and last, who, and the changes made with a reason', () => {
    const view = buildCasebookView(richLog().input(false));
    const labs = view.audit.find((a) => a.visitId === 'w0' && a.formId === 'labs');
    expect(labs).toMatchObject({ changes: 5, who: [{ userId: 'u-nurse', role: 'nurse', changes: 5 }] });
    expect(labs?.withReason.map((c) => [c.reason, c.what])).toEqual([['Transcription error', { kind: 'item', itemId: 'alt', label: { en: 'Alanine aminotransferase (ALT)', zh: expect.any(String) as string } }]]);
    expect(labs !== undefined && labs.first.at < labs.last.at).toBe(true);
    const aes = view.audit.find((a) => a.formId === 'adverse-events');
    expect(aes?.withReason.map((c) => c.what)).toEqual([{ kind: 'record-removed' }]);
    expect(view.audit.map((a) => `${a.visitId}/${a.formId}`)).toEqual(['w0/labs', 'w0/pharmacy', 'w0/adverse-events', 'w1/pharmacy']);
  });

  it('gives the subject, its arm and its status history, oldest first, to an unblinded role', () => {
    const view = buildCasebookView(richLog().input(false));
    expect(view.subject).toMatchObject({ code: '03-001', protocolId: 'NCT05985863', protocolVersion: '0.1', kitNumber: 'K-0042', arm: { id: 'msc', label: { en: 'UC-MSC' } } });
    expect(view.statusHistory.map((s) => s.kind)).toEqual(['screened', 'enrolled', 'assigned']);
    expect(view.statusHistory[2]).toMatchObject({ kind: 'assigned', kitNumber: 'K-0042', arm: { id: 'msc' } });
    expect(formOf(visitOf(view, 'w0'), 'pharmacy').records[0]?.items.map((i) => i.itemId)).toContain('productActual');
    expect(formOf(visitOf(view, 'w1'), 'pharmacy').records[0]?.items.find((i) => i.itemId === 'productLot')?.shown).toEqual({ kind: 'value', value: { kind: 'text', text: 'LOT-7' } });
  });

  it('never shows a blinded role the arm, an unblinded-only form or item, or anything about them', () => {
    const view = buildCasebookView(richLog().input(true));
    expect(view.blinded).toBe(true);
    expect(view.subject.arm).toBeUndefined();
    expect(view.subject.kitNumber).toBe('K-0042');
    expect(view.statusHistory[2]).toEqual(expect.not.objectContaining({ arm: expect.anything() as unknown }));
    expect(visitOf(view, 'w0').forms.map((f) => f.formId)).toEqual(['visit', 'vitals', 'labs', 'clinical', 'infusion', 'adverse-events', 'conmeds']);
    expect(view.queries.map((q) => q.queryId)).toEqual(['q-1']);
    expect(view.signatures.map((s) => s.signatureId)).toEqual(['sig-1', 'sig-2']);
    expect(view.audit.map((a) => a.formId)).toEqual(['labs', 'adverse-events']);
    const printed = JSON.stringify(view);
    expect(visitOf(view, 'w1')).toMatchObject({ recorded: false, forms: [] });
    for (const secret of ['pharmacy', 'productActual', 'productLot', 'LOT-7', 'UC-MSC', '"msc"', 'Pharmacist Li']) expect(printed).not.toContain(secret);
  });

  it('lists a screened subject without day 1 by the visits recorded, in protocol order', () => {
    const log = new SubjectLog();
    log.append({ type: 'subject.screened', payload: { siteId: '03', screenedOn: '2025-03-03', answers: [], result: 'pending' } });
    log.value({ visitId: 'screening', formId: 'labs' }, 'bilirubin', { entered: '342', value: 342, unit: 'µmol/L' });
    const view = buildCasebookView(log.input(true));
    expect(view.subject.code).toBeUndefined();
    expect(view.visits.map((v) => [v.visitId, v.status, v.recorded])).toEqual([['screening', 'started', true]]);
    expect(formOf(visitOf(view, 'screening'), 'labs').lifecycle).toBe('in-progress');
  });
});

describe('a form’s stage in the casebook', () => {
  it('is verified when complete and every value shown is source-verified, and signed only under a valid signature', () => {
    const log = new SubjectLog().enrol('msc');
    const visit = { visitId: 'w0', formId: 'visit' } as const;
    const date = log.value(visit, 'visitDate', { entered: DAY1, value: DAY1 });
    log.append({ type: 'form.completed', ...visit, payload: {} });
    const stage = () => formOf(visitOf(buildCasebookView(log.input(true)), 'w0'), 'visit');
    expect(stage()).toMatchObject({ lifecycle: 'complete', sdv: { verified: 0, total: 1 }, signed: false });
    log.append({ type: 'sdv.set', ...visit, itemId: 'visitDate', payload: { valueEventId: date.id } }, 'monitor');
    expect(stage()).toMatchObject({ lifecycle: 'verified', sdv: { verified: 1, total: 1 } });
    log.append({ type: 'signature.applied', visitId: 'w0', payload: { signatureId: 'sig-v', level: 'visit', signerName: 'Dr Zhang', meaning: 'Reviewed' } }, 'investigator');
    expect(stage()).toMatchObject({ lifecycle: 'signed', signed: true });
    log.append({ type: 'signature.voided', payload: { signatureId: 'sig-v' }, reason: 'Wrong visit' }, 'investigator');
    expect(stage()).toMatchObject({ lifecycle: 'verified', signed: false });
  });
});
