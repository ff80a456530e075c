import { describe, expect, it } from 'vitest';
import {
  answerQuery,
  applySignature,
  assignArm,
  changeSubjectStatus,
  closeQuery,
  completeForm,
  enrolSubject,
  findSubjectByCode,
  getQuery,
  getSubject,
  listQueries,
  listSignatures,
  listSubjects,
  openQuery,
  reopenQuery,
  screenSubject,
  setItemValue,
  voidSignature,
} from '../../../renderer/db';
import { LAB } from '../../shared/events/builders';
import { expectOk, INVESTIGATOR, MONITOR, NURSE, openTestStore } from './helpers';
import { bilirubin, enrolled } from './fixtures';

const screening = (result: 'pending' | 'eligible' | 'not-eligible') => ({
  siteId: '03',
  screenedOn: '2025-02-27',
  answers: [{ criterionId: 'age-18-70', answer: 'yes' as const }],
  result,
  ...(result === 'pending' ? {} : { confirmedBy: 'u-investigator' }),
});

describe('subjects repository', () => {
  it('follows a subject from screening to enrolment, arm assignment and withdrawal', async () => {
    const store = await openTestStore();
    expectOk(await screenSubject(store, NURSE, 'subj-1', screening('pending')));
    expect(await getSubject(store, 'subj-1')).toMatchObject({ status: 'screening' });
    const enrolment = { siteId: '03', subjectCode: '03-001', sex: 'M' as const, ageYears: 44, day1: '2025-03-01' };
    expect(await enrolSubject(store, NURSE, 'subj-1', enrolment)).toMatchObject({ ok: false });

    expectOk(await screenSubject(store, INVESTIGATOR, 'subj-1', screening('eligible')));
    expectOk(await enrolSubject(store, NURSE, 'subj-1', enrolment));
    expectOk(await assignArm(store, NURSE, 'subj-1', { kitNumber: 'K-0042', stage: 1, source: 'allocation-list' }));
    expect(await assignArm(store, NURSE, 'subj-1', { kitNumber: 'K-0043', stage: 1, source: 'manual' })).toMatchObject({ ok: false });
    expectOk(await changeSubjectStatus(store, INVESTIGATOR, 'subj-1', { status: 'withdrawn', date: '2025-04-02', statusReason: 'consent withdrawn' }));

    expect(await findSubjectByCode(store, '03-001')).toMatchObject({
      subjectId: 'subj-1',
      status: 'withdrawn',
      kitNumber: 'K-0042',
      stage: 1,
      day1: '2025-03-01',
      ageYears: 44,
      screening: { result: 'eligible', confirmedBy: 'u-investigator' },
    });
  });

  it('refuses a subject code that is already used at enrolment', async () => {
    const store = await openTestStore();
    await enrolled(store, 'subj-1', '03-001');
    expectOk(await screenSubject(store, NURSE, 'subj-2', screening('eligible')));
    const refused = await enrolSubject(store, NURSE, 'subj-2', { siteId: '03', subjectCode: '03-001', sex: 'F', ageYears: 60, day1: '2025-03-02' });
    expect(refused).toMatchObject({ ok: false, issues: { issues: [{ path: ['payload', 'subjectCode'] }] } });
    expect((await listSubjects(store, '03')).map((s) => s.code ?? s.subjectId)).toEqual(['03-001', 'subj-2']);
  });
});

describe('queries repository', () => {
  it('walks a query through Open, Answered, Closed and Reopened, keeping the history', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const opened = expectOk(await openQuery(store, MONITOR, LAB, 'Unit looks like mg/dL'));
    if (opened.type !== 'query.opened') throw new Error('expected a query');
    const { queryId } = opened.payload;
    expect(await closeQuery(store, NURSE, 'no-such-query')).toMatchObject({ ok: false });
    expect(await reopenQuery(store, MONITOR, queryId, 'again')).toMatchObject({ ok: false });
    expectOk(await answerQuery(store, NURSE, queryId, 'Corrected to µmol/L'));
    expect(await answerQuery(store, NURSE, queryId, 'twice')).toMatchObject({ ok: false });
    expectOk(await closeQuery(store, MONITOR, queryId));
    expectOk(await reopenQuery(store, MONITOR, queryId, 'Still inconsistent with the source'));

    const query = await getQuery(store, queryId);
    expect(query).toMatchObject({ status: 'open', itemId: 'bilirubin', formId: 'labs', system: false });
    expect(query?.history.map((h) => [h.action, h.stamp.role])).toEqual([
      ['opened', 'monitor'],
      ['answered', 'nurse'],
      ['closed', 'monitor'],
      ['reopened', 'monitor'],
    ]);
    expect(await listQueries(store, { subjectId: 'subj-1', status: 'open' })).toHaveLength(1);
    expect(await listQueries(store, { status: 'closed' })).toHaveLength(0);
  });
});

describe('signatures repository', () => {
  it('refuses a signature while a started form is incomplete, then locks the signed data until the signature is voided', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    const meaning = { signerName: 'Dr Li Wei', meaning: 'I approve this casebook', level: 'casebook' as const };
    expect(await applySignature(store, INVESTIGATOR, { subjectId: 'subj-1' }, { ...meaning, level: 'form' })).toMatchObject({ ok: false });
    expect(await applySignature(store, INVESTIGATOR, { subjectId: 'subj-1' }, meaning)).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    expectOk(await completeForm(store, NURSE, LAB));
    const signed = expectOk(await applySignature(store, INVESTIGATOR, { subjectId: 'subj-1' }, meaning));
    if (signed.type !== 'signature.applied') throw new Error('expected a signature');
    expect(await listSignatures(store, 'subj-1')).toEqual([expect.objectContaining({ status: 'valid', level: 'casebook' })]);

    expect(await setItemValue(store, NURSE, LAB, bilirubin(90), 'lab re-run')).toMatchObject({ ok: false, issues: { issues: [{ path: ['subjectId'] }] } });
    expectOk(await voidSignature(store, INVESTIGATOR, signed.payload.signatureId, 'lab re-run to enter'));
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(90), 'lab re-run'));
    expect(await listSignatures(store, 'subj-1')).toEqual([expect.objectContaining({ status: 'voided' })]);
  });

  it('signs a completed form and voids a signature with a reason', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    expectOk(await completeForm(store, NURSE, LAB));
    const signed = expectOk(
      await applySignature(store, INVESTIGATOR, { subjectId: 'subj-1', visitId: 'W4', formId: 'labs' }, { signerName: 'Dr Li Wei', meaning: 'Reviewed', level: 'form' }),
    );
    if (signed.type !== 'signature.applied') throw new Error('expected a signature');
    expectOk(await voidSignature(store, INVESTIGATOR, signed.payload.signatureId, 'signed the wrong visit'));
    expect(await voidSignature(store, INVESTIGATOR, signed.payload.signatureId, 'again')).toMatchObject({ ok: false });
    expect(await listSignatures(store, 'subj-1')).toEqual([expect.objectContaining({ status: 'voided', ended: expect.objectContaining({ reason: 'signed the wrong visit' }) })]);
  });
});
