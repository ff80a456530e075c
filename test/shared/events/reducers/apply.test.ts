import { describe, expect, it } from 'vitest';
import { LAB } from '../builders';
import { onStudy, project } from './project';

describe('projections (applyEvent)', () => {
  it.each([
    ['pending', 'screening'],
    ['eligible', 'eligible'],
    ['not-eligible', 'screen-failed'],
  ] as const)('a screening result %s gives status %s', (result, status) => {
    const { p } = project((d) => [d.screened('subj-1', result)]);
    expect(p.subjects.get('subj-1')?.status).toBe(status);
  });

  it('fills the subject from enrolment, arm and status events', () => {
    const { p } = project((d) => [...onStudy(d), d.armAssigned('subj-1', 1), d.statusChanged('subj-1', 'liver-transplant')]);
    expect(p.subjects.get('subj-1')).toMatchObject({
      code: '03-001',
      sex: 'F',
      birthYear: 1968,
      day1: '2025-03-01',
      stage: 1,
      kitNumber: expect.stringMatching(/^K-1/),
      status: 'liver-transplant',
      statusDate: '2025-04-01',
    });
  });

  it('moves a form from not started to in progress to complete, and back when reopened', () => {
    const { p } = project((d) => [...onStudy(d), d.recordAdded({ ...LAB, recordId: 'r1' })]);
    expect(p.entry({ ...LAB, recordId: 'r1' })?.status).toBe('not-started');
    const steps = project((d) => [...onStudy(d), d.value(LAB, 1), d.completed(LAB), d.reopened(LAB, { reason: 'late result' })]);
    expect(steps.p.entry({ ...LAB, recordId: '' })).toMatchObject({ status: 'in-progress' });
    expect(steps.p.entry({ ...LAB, recordId: '' })).not.toHaveProperty('completed');
  });

  it('records last change (event, when, who) per item and keeps the unit, qualifier and soft confirmation', () => {
    const { p, events } = project((d) => [
      ...onStudy(d),
      { ...d.value(LAB, 20, { unit: 'µmol/L', qualifier: '<' }), payload: { entered: '<20', value: 20, unit: 'µmol/L', qualifier: '<', softRangeConfirmed: true } },
    ]);
    const last = events[2];
    expect(p.entry({ ...LAB, recordId: '' })?.items.bilirubin?.current).toEqual({
      kind: 'value',
      entered: '<20',
      value: 20,
      unit: 'µmol/L',
      qualifier: '<',
      softRangeConfirmed: true,
      protocolVersion: '1.0',
      stamp: { eventId: last?.id, deviceId: 'dev-a', seq: 3, at: last?.at, userId: 'u-nurse', role: 'nurse' },
    });
  });

  it('drops SDV when a later value is shown, and keeps it otherwise', () => {
    const verified = project((d) => [...onStudy(d), d.value(LAB, 1), d.sdvSet(LAB, 'dev-a-3'), d.value({ ...LAB, itemId: 'inr' }, 1.2)]);
    expect(verified.p.entry({ ...LAB, recordId: '' })?.items.bilirubin?.sdv).toMatchObject({ valueEventId: 'dev-a-3' });
    const changed = project((d) => [...onStudy(d), d.value(LAB, 1), d.sdvSet(LAB, 'dev-a-3'), d.value(LAB, 2)]);
    expect(changed.p.entry({ ...LAB, recordId: '' })?.items.bilirubin).not.toHaveProperty('sdv');
  });

  it('creates the row of a scheduled visit with its first data, and keeps started visits apart', () => {
    const { p } = project((d) => [...onStudy(d), d.value(LAB, 1), d.visitStarted('subj-1', 'uns-1'), d.visitStatus('subj-1', 'uns-1', 'done')]);
    expect(p.visit('subj-1', 'W4')).toMatchObject({ kind: 'scheduled', visitDefId: 'W4', status: 'pending' });
    expect(p.visit('subj-1', 'uns-1')).toMatchObject({ kind: 'unscheduled', visitDefId: 'UNS', status: 'done', visitDate: '2025-03-29', startedOn: '2025-03-10' });
  });

  it('keeps the query history and status', () => {
    const { p } = project((d) => [
      ...onStudy(d),
      d.queryOpened(LAB, 'q1'),
      d.queryStep('query.answered', 'subj-1', 'q1'),
      d.queryStep('query.closed', 'subj-1', 'q1'),
    ]);
    expect(p.queries.get('q1')).toMatchObject({ status: 'closed', itemId: 'bilirubin', history: [{ action: 'opened' }, { action: 'answered' }, { action: 'closed' }] });
  });

  it('invalidates only the signatures that cover the changed data', () => {
    const { p } = project((d) => [
      ...onStudy(d),
      d.value(LAB, 1),
      d.completed(LAB),
      d.signed('subj-1', 'form', 'form-sig', { visitId: 'W4', formId: 'labs' }),
      d.signed('subj-1', 'visit', 'other-visit', { visitId: 'W8' }),
      d.signed('subj-1', 'casebook', 'casebook'),
      d.value(LAB, 2, { reason: 'lab re-run' }),
    ]);
    expect(Object.fromEntries([...p.signatures.values()].map((s) => [s.signatureId, s.status]))).toEqual({
      'form-sig': 'invalidated',
      'other-visit': 'valid',
      casebook: 'invalidated',
    });
  });

  it('records imported protocol versions and allocation lists', () => {
    const { p } = project((d) => [d.protocolImported('a'.repeat(64)), d.allocationImported('l1', 'b'.repeat(64))]);
    expect([...p.protocols.values()]).toEqual([expect.objectContaining({ protocolId: 'NCT05985863', version: '1.0', contentHash: 'a'.repeat(64) })]);
    expect(p.allocationLists.get('l1')).toMatchObject({ stage: 1, entryCount: 150 });
  });
});
