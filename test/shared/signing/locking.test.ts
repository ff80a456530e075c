import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/lib/result';
import { INVESTIGATOR, LAB, LATER_LAB, ledger, VITALS } from './ledger';

const paths = (issues: readonly Issue[]) => issues.map((i) => i.path.join('.'));

/** A subject on study with the week-4 labs and vitals and the week-8 labs completed. */
function completedSubject() {
  const l = ledger();
  const { d } = l;
  l.given(d.screened('subj-1'), d.enrolled('subj-1'));
  for (const scope of [LAB, VITALS, LATER_LAB]) l.given(d.value(scope, 70), d.completed(scope));
  return l;
}

describe('a valid signature locks the data it covers', () => {
  it('form level: sign → every change to the form refused, naming the signature → void with a reason → change allowed', () => {
    const { d, p, write, given } = completedSubject();
    given(d.signed('subj-1', 'form', 'sig-form', { visitId: 'W4', formId: 'labs' }));

    const refused = write(d.value(LAB, 90, { reason: 'lab re-run' }));
    expect(paths(refused)).toEqual(['formId']);
    expect(refused[0]?.message).toContain('sig-form');
    expect(refused[0]?.message).toContain('Dr Li Wei');
    expect(refused[0]?.message).toContain('void');
    expect(paths(write(d.missing(LAB, 'NOT DONE', { reason: 'x' })))).toEqual(['formId']);
    expect(paths(write(d.cleared(LAB, { reason: 'x' })))).toEqual(['formId']);
    expect(paths(write(d.reopened(LAB, { reason: 'x' })))).toEqual(['formId']);
    // The signature stays valid: nothing was stored.
    expect(p.signatures.get('sig-form')?.status).toBe('valid');
    // Another form of the same visit is not covered by a form signature.
    expect(write(d.value(VITALS, 71, { reason: 're-weighed' }))).toEqual([]);

    expect(paths(write(d.voided('subj-1', 'sig-form')))).toEqual(['reason']);
    expect(write(d.voided('subj-1', 'sig-form', { ...INVESTIGATOR, reason: 'value to correct from the lab report' }))).toEqual([]);
    expect(p.signatures.get('sig-form')).toMatchObject({ status: 'voided', ended: { reason: 'value to correct from the lab report' } });
    // Unlocked: the form is completed data again, so a change needs only a reason for change.
    expect(paths(write(d.value(LAB, 90)))).toEqual(['reason']);
    expect(write(d.value(LAB, 90, { reason: 'lab re-run' }))).toEqual([]);
  });

  it('visit level: every form of the visit is locked, other visits are not', () => {
    const { d, write, given } = completedSubject();
    given(d.signed('subj-1', 'visit', 'sig-visit', { visitId: 'W4' }));
    expect(paths(write(d.value(LAB, 90, { reason: 'x' })))).toEqual(['visitId']);
    expect(paths(write(d.value(VITALS, 90, { reason: 'x' })))).toEqual(['visitId']);
    // A form nobody started at the visit cannot be begun under the signature either.
    expect(paths(write(d.value({ ...LAB, formId: 'child-pugh', itemId: 'ascites' }, 'none')))).toEqual(['visitId']);
    expect(write(d.value(LATER_LAB, 90, { reason: 'x' }))).toEqual([]);
    given(d.voided('subj-1', 'sig-visit', { ...INVESTIGATOR, reason: 'wrong visit signed' }));
    expect(write(d.value(VITALS, 90, { reason: 'x' }))).toEqual([]);
  });

  it('casebook level: the whole subject is locked, rows of logs included; another subject is not', () => {
    const { d, write, given } = completedSubject();
    given(d.screened('subj-2'), d.enrolled('subj-2', '03-002'));
    given(d.signed('subj-1', 'casebook', 'sig-book'));
    const ae = { subjectId: 'subj-1', visitId: 'W1', formId: 'ae-log', itemId: 'aeTerm', recordId: 'ae-1' };
    expect(paths(write(d.recordAdded(ae)))).toEqual(['subjectId']);
    expect(paths(write(d.value(LATER_LAB, 1, { reason: 'x' })))).toEqual(['subjectId']);
    expect(write(d.value({ ...LAB, subjectId: 'subj-2' }, 1))).toEqual([]);
    given(d.voided('subj-1', 'sig-book', { ...INVESTIGATOR, reason: 'adverse event reported late' }));
    expect(write(d.recordAdded(ae))).toEqual([]);
  });

  it('names every signature that locks the data', () => {
    const { d, write, given } = completedSubject();
    given(d.signed('subj-1', 'form', 'sig-form', { visitId: 'W4', formId: 'labs' }), d.signed('subj-1', 'casebook', 'sig-book'));
    const refused = write(d.value(LAB, 1, { reason: 'x' }));
    expect(paths(refused)).toEqual(['formId', 'subjectId']);
    expect(refused.map((i) => i.message.match(/sig-\w+/)?.[0])).toEqual(['sig-form', 'sig-book']);
  });

  it('leaves queries and source-data verification open under a signature (they change no data)', () => {
    const { d, write, given } = completedSubject();
    given(d.signed('subj-1', 'casebook', 'sig-book'));
    expect(write(d.queryOpened(LAB, 'q1'))).toEqual([]);
    expect(write(d.sdvSet(LAB, 'dev-a-3'))).toEqual([]);
  });
});
