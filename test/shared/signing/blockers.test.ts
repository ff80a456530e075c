import { describe, expect, it } from 'vitest';
import { signingBlockerIssue, signingBlockers, type SigningScope } from '../../../shared/events/reducers/signatures';
import { INVESTIGATOR, LAB, LATER_LAB, ledger, VITALS } from './ledger';

const FORM: SigningScope = { level: 'form', subjectId: 'subj-1', visitId: 'W4', formId: 'labs' };
const VISIT: SigningScope = { level: 'visit', subjectId: 'subj-1', visitId: 'W4' };
const CASEBOOK: SigningScope = { level: 'casebook', subjectId: 'subj-1' };

function blockersOf(l: ReturnType<typeof ledger>, scope: SigningScope) {
  const { p } = l;
  return signingBlockers(scope, [...p.entries.values()], [...p.queries.values()], [...p.signatures.values()]);
}

describe('what a signature requires', () => {
  it('needs something completed in its scope', () => {
    const l = ledger();
    l.given(l.d.screened('subj-1'), l.d.enrolled('subj-1'));
    for (const scope of [FORM, VISIT, CASEBOOK]) expect(blockersOf(l, scope)).toEqual([{ kind: 'nothing-complete' }]);
  });

  it('names each started form that is not complete; forms nobody began and other visits do not block', () => {
    const l = ledger();
    const { d } = l;
    l.given(d.screened('subj-1'), d.enrolled('subj-1'), d.value(LAB, 1), d.completed(LAB), d.value(VITALS, 70), d.value(LATER_LAB, 2));
    expect(blockersOf(l, FORM)).toEqual([]);
    expect(blockersOf(l, VISIT)).toEqual([{ kind: 'form-incomplete', visitId: 'W4', formId: 'vitals', recordId: '' }]);
    expect(blockersOf(l, CASEBOOK)).toEqual([
      { kind: 'form-incomplete', visitId: 'W4', formId: 'vitals', recordId: '' },
      { kind: 'form-incomplete', visitId: 'W8', formId: 'labs', recordId: '' },
    ]);
    // An added but empty log row and a removed row do not block.
    const ae = { subjectId: 'subj-1', visitId: 'W4', formId: 'ae-log', itemId: 'aeTerm', recordId: 'ae-1' };
    const ae2 = { ...ae, recordId: 'ae-2' };
    l.given(d.recordAdded(ae), d.recordAdded(ae2), d.value(ae2, 'fever'), d.recordRemoved(ae2, { reason: 'duplicate' }));
    expect(blockersOf(l, VISIT)).toEqual([{ kind: 'form-incomplete', visitId: 'W4', formId: 'vitals', recordId: '' }]);
  });

  it('is blocked by a query waiting for the site’s answer, not by an answered one', () => {
    const l = ledger();
    const { d } = l;
    l.given(d.screened('subj-1'), d.enrolled('subj-1'), d.value(LAB, 1), d.completed(LAB), d.queryOpened(LAB, 'q1'), d.queryOpened(LATER_LAB, 'q2'));
    expect(blockersOf(l, FORM)).toEqual([{ kind: 'open-query', queryId: 'q1', visitId: 'W4', formId: 'labs', itemId: 'bilirubin' }]);
    expect(blockersOf(l, CASEBOOK).map((b) => (b.kind === 'open-query' ? b.queryId : b.kind))).toEqual(['q1', 'q2']);
    l.given(d.queryStep('query.answered', 'subj-1', 'q1'));
    expect(blockersOf(l, FORM)).toEqual([]);
  });

  it('refuses a second valid signature of the same scope until the first is voided', () => {
    const l = ledger();
    const { d } = l;
    l.given(d.screened('subj-1'), d.enrolled('subj-1'), d.value(LAB, 1), d.completed(LAB), d.signed('subj-1', 'form', 's1', { visitId: 'W4', formId: 'labs' }));
    expect(blockersOf(l, FORM)).toEqual([{ kind: 'already-signed', signatureId: 's1', signerName: 'Dr Li Wei' }]);
    // A broader level is another signature.
    expect(blockersOf(l, VISIT)).toEqual([]);
    l.given(d.voided('subj-1', 's1', { ...INVESTIGATOR, reason: 'signed too early' }));
    expect(blockersOf(l, FORM)).toEqual([]);
  });

  it('words each blocker as an issue with a path', () => {
    expect(signingBlockerIssue({ kind: 'form-incomplete', visitId: 'W4', formId: 'ae-log', recordId: 'ae-1' })).toMatchObject({
      path: ['formId'],
      message: 'form ae-log (row ae-1) of visit W4 is started but not complete',
    });
    expect(signingBlockerIssue({ kind: 'already-signed', signatureId: 's1', signerName: 'Dr Li' }).message).toContain('void it to sign again');
  });
});
