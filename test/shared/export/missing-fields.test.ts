import { describe, expect, it } from 'vitest';
import { buildCasebook, missingFields, type MissingField } from '../../../shared/export';
import type { Protocol } from '../../../shared/protocol';
import { Clock, DeviceLog } from './support/device-log';
import { TINY } from './support/tiny-protocol';

/** Screening and week 0 done with every required item; w1's window is 03-09..03-11. */
function completeVisit(log: DeviceLog, subjectId: string, visitId: string, date: string): void {
  log.add({ type: 'visit.statusChanged', subjectId, visitId, payload: { status: 'done', visitDate: date } });
  log.add({ type: 'item.valueSet', subjectId, visitId, formId: 'visit', itemId: 'visitDate', payload: { entered: date, value: date } });
  for (const [itemId, value, unit] of [['bilirubin', 40, 'µmol/L'], ['albumin', 30, 'g/L'], ['inr', 1.5, 'ratio']] as const) {
    log.add({ type: 'item.valueSet', subjectId, visitId, formId: 'labs', itemId, payload: { entered: String(value), value, unit } });
  }
}

/** A subject enrolled with day 1 = 2025-03-03, screening and week 0 complete, plus whatever `then` adds. */
function casebook(then: (log: DeviceLog, subjectId: string) => void = () => undefined) {
  const log = new DeviceLog('dev-a', { protocolId: 'TINY', protocolVersion: '1.0' }, new Clock());
  const subjectId = 's-001';
  log.add({ type: 'subject.screened', subjectId, payload: { siteId: '03', screenedOn: '2025-02-28', answers: [], result: 'eligible', confirmedBy: 'u-investigator' } });
  log.add({ type: 'subject.enrolled', subjectId, payload: { siteId: '03', subjectCode: '03-001', sex: 'M', ageYears: 50, day1: '2025-03-03' } });
  completeVisit(log, subjectId, 'screening', '2025-03-02');
  completeVisit(log, subjectId, 'w0', '2025-03-03');
  then(log, subjectId);
  return buildCasebook(subjectId, log.events);
}

const where = (fields: readonly MissingField[]) => fields.map((f) => `${f.visitId}/${f.formId}/${f.recordId}/${f.itemId}:${f.problem}`);

describe('missingFields', () => {
  it('lists nothing for visits whose window is still open or not yet due', () => {
    expect(missingFields(TINY, casebook(), '2025-03-10')).toEqual([]);
  });

  it('lists the required items of past visits that were never recorded', () => {
    const bare = buildCasebook('s-001', casebook().events.slice(0, 2));
    expect(new Set(missingFields(TINY, bare, '2025-03-04').map((f) => `${f.visitId}:${f.visitState}`))).toEqual(new Set(['screening:missed', 'w0:overdue']));
  });

  it('lists every required item of a visit whose window closed, as overdue', () => {
    const found = missingFields(TINY, casebook(), '2025-03-12');
    expect(where(found)).toEqual(['w1/visit//visitDate:no-value', 'w1/labs//bilirubin:no-value', 'w1/labs//albumin:no-value', 'w1/labs//inr:no-value']);
    expect(found.every((f) => f.visitState === 'overdue')).toBe(true);
  });

  it('calls a closed visit missed once the subject has moved on to a later one', () => {
    const found = missingFields(TINY, casebook((log, s) => log.add({ type: 'visit.statusChanged', subjectId: s, visitId: 'w12', payload: { status: 'done', visitDate: '2025-05-26' } })), '2025-05-27');
    expect(found.filter((f) => f.visitId === 'w1').every((f) => f.visitState === 'missed')).toBe(true);
    expect(found.filter((f) => f.visitId === 'w12').every((f) => f.visitState === 'done')).toBe(true);
  });

  it('skips a visit recorded as not done', () => {
    const book = casebook((log, s) => log.add({ type: 'visit.statusChanged', subjectId: s, visitId: 'w1', payload: { status: 'not-done', notDoneReason: 'patient transferred' } }));
    expect(missingFields(TINY, book, '2025-03-12')).toEqual([]);
  });

  it('skips visits whose window opened after the subject left the study', () => {
    const book = casebook((log, s) => log.add({ type: 'subject.statusChanged', subjectId: s, payload: { status: 'withdrawn', date: '2025-03-05', statusReason: 'consent withdrawn' } }));
    expect(missingFields(TINY, book, '2025-06-30')).toEqual([]);
  });

  it('counts a final missing reason as an answer, and reports a pending one', () => {
    const book = casebook((log, s) => {
      const labs = { subjectId: s, visitId: 'w1', formId: 'labs' };
      log.add({ type: 'item.missingReasonSet', ...labs, itemId: 'bilirubin', payload: { code: 'NOT DONE' } });
      log.add({ type: 'item.missingReasonSet', ...labs, itemId: 'albumin', payload: { code: 'NAV' } });
      log.add({ type: 'item.valueSet', ...labs, itemId: 'inr', payload: { entered: '1.1', value: 1.1, unit: 'ratio' } });
    });
    expect(where(missingFields(TINY, book, '2025-03-12'))).toEqual(['w1/visit//visitDate:no-value', 'w1/labs//albumin:pending']);
  });

  it('checks the records of a repeating form, not the form itself, on a done unscheduled visit', () => {
    const book = casebook((log, s) => {
      log.add({ type: 'visit.started', subjectId: s, visitId: 'uns-1', payload: { visitDefId: 'unscheduled', kind: 'unscheduled', startedOn: '2025-03-05' } });
      log.add({ type: 'visit.statusChanged', subjectId: s, visitId: 'uns-1', payload: { status: 'done', visitDate: '2025-03-05' } });
      log.add({ type: 'record.added', subjectId: s, visitId: 'uns-1', formId: 'adverse-events', recordId: 'ae-1', payload: {} });
      log.add({ type: 'item.valueSet', subjectId: s, visitId: 'uns-1', formId: 'adverse-events', recordId: 'ae-1', itemId: 'aeTerm', payload: { entered: 'rash', value: 'rash' } });
    });
    expect(where(missingFields(TINY, book, '2025-03-06'))).toEqual([
      'uns-1/visit//visitDate:no-value',
      'uns-1/adverse-events/ae-1/aeGrade:no-value',
      'uns-1/adverse-events/ae-1/aeSerious:no-value',
    ]);
  });

  it('reads a completed log by its records, not by its form-level status', () => {
    const book = casebook((log, s) => {
      const ae = { subjectId: s, visitId: 'w0', formId: 'adverse-events' };
      log.add({ type: 'record.added', ...ae, recordId: 'ae-1', payload: {} });
      for (const [itemId, value] of [['aeTerm', 'rash'], ['aeGrade', '1'], ['aeSerious', false]] as const) {
        log.add({ type: 'item.valueSet', ...ae, recordId: 'ae-1', itemId, payload: { entered: String(value), value } });
      }
      log.add({ type: 'form.completed', ...ae, payload: {} });
    });
    expect(missingFields(TINY, book, '2025-03-04')).toEqual([]);
  });

  it('does not require an item that does not apply to the record', () => {
    const strict: Protocol = {
      ...TINY,
      forms: TINY.forms.map((f) => (f.id === 'adverse-events' ? { ...f, items: f.items.map((i) => ({ ...i, required: true })) } : f)),
    };
    const record = (serious: boolean) =>
      casebook((log, s) => {
        const ae = { subjectId: s, visitId: 'w0', formId: 'adverse-events', recordId: 'ae-1' };
        log.add({ type: 'record.added', ...ae, payload: {} });
        log.add({ type: 'item.valueSet', ...ae, itemId: 'aeSerious', payload: { entered: serious ? 'yes' : 'no', value: serious } });
      });
    const aeItems = (serious: boolean) => missingFields(strict, record(serious), '2025-03-04').filter((f) => f.formId === 'adverse-events').map((f) => f.itemId);
    expect(aeItems(false)).toEqual(['aeTerm', 'aeGrade']);
    expect(aeItems(true)).toEqual(['aeTerm', 'aeGrade', 'aeSdth']);
  });
});
