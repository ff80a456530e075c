import { describe, expect, it } from 'vitest';
import type { CrfEventDraft } from '../../../../shared/events';
import { LAB, type Drafts } from '../builders';
import { onStudy, project } from './project';

type Case = [string, (d: Drafts) => readonly CrfEventDraft[], (d: Drafts) => CrfEventDraft, readonly string[]];

const AE = { subjectId: 'subj-1', visitId: 'W1', formId: 'ae-log', itemId: 'aeTerm', recordId: 'ae-1' };
const withValue = (d: Drafts) => [...onStudy(d), d.value(LAB, 88.9)];
const completed = (d: Drafts) => [...withValue(d), d.completed(LAB)];

/** [rule, events before, the new draft, issue paths expected ([] = allowed)]. */
const CASES: Case[] = [
  ['data needs a known subject', () => [], (d) => d.value(LAB, 1), ['subjectId']],
  ['data on an in-progress form needs no reason', withValue, (d) => d.value(LAB, 90), []],
  ['a change on a completed form needs a reason', completed, (d) => d.value(LAB, 90), ['reason']],
  ['a change on a completed form with a reason is allowed', completed, (d) => d.value(LAB, 90, { reason: 'lab re-run' }), []],
  ['a missing reason on a completed form needs a reason', completed, (d) => d.missing(LAB), ['reason']],
  ['clearing on a completed form needs a reason', completed, (d) => d.cleared(LAB), ['reason']],
  ['a change under a valid casebook signature is refused: the data is locked', (d) => [...withValue(d), d.signed('subj-1', 'casebook', 's1')], (d) => d.value(LAB, 90, { reason: 'x' }), ['subjectId']],
  ['a visit signature does not cover other visits', (d) => [...withValue(d), d.signed('subj-1', 'visit', 's1', { visitId: 'W1' })], (d) => d.value(LAB, 90), []],
  ['data on a visit not done is refused', (d) => [...onStudy(d), d.visitStatus('subj-1', 'W4', 'not-done')], (d) => d.value(LAB, 1), ['visitId']],
  ['data on a row never added is refused', onStudy, (d) => d.value(AE, 'fever'), ['recordId']],
  ['data on a removed row is refused', (d) => [...onStudy(d), d.recordAdded(AE), d.recordRemoved(AE, { reason: 'dup' })], (d) => d.value(AE, 'fever'), ['recordId']],
  ['a row cannot be added twice', (d) => [...onStudy(d), d.recordAdded(AE)], (d) => d.recordAdded(AE), ['recordId']],
  ['removing a row needs a reason', (d) => [...onStudy(d), d.recordAdded(AE)], (d) => d.recordRemoved(AE), ['reason']],
  ['a completed form cannot be completed again', completed, (d) => d.completed(LAB), ['formId']],
  ['only a completed form can be reopened', withValue, (d) => d.reopened(LAB, { reason: 'why' }), ['formId']],
  ['reopening needs a reason', completed, (d) => d.reopened(LAB), ['reason']],
  ['screening a new subject is allowed', () => [], (d) => d.screened('subj-9', 'pending'), []],
  ['changing an eligibility decision needs a reason', (d) => [d.screened('subj-1', 'eligible')], (d) => d.screened('subj-1', 'not-eligible'), ['reason']],
  ['completing a pending screening needs no reason', (d) => [d.screened('subj-1', 'pending')], (d) => d.screened('subj-1', 'eligible'), []],
  ['screening closes at enrolment', onStudy, (d) => d.screened('subj-1', 'eligible', { reason: 'x' }), ['subjectId']],
  ['only an eligible subject is enrolled', (d) => [d.screened('subj-1', 'not-eligible')], (d) => d.enrolled('subj-1'), ['subjectId']],
  ['a subject code is used once', (d) => [...onStudy(d, 'subj-1'), d.screened('subj-2')], (d) => d.enrolled('subj-2', '03-001'), ['payload.subjectCode']],
  ['an arm goes to an enrolled subject', (d) => [d.screened('subj-1')], (d) => d.armAssigned('subj-1'), ['subjectId']],
  ['stage 2 after stage 1 needs no reason', (d) => [...onStudy(d), d.armAssigned('subj-1', 1)], (d) => d.armAssigned('subj-1', 2), []],
  ['re-assigning a stage needs a reason', (d) => [...onStudy(d), d.armAssigned('subj-1', 1)], (d) => d.armAssigned('subj-1', 1), ['reason']],
  ['the same status twice is refused', (d) => [...onStudy(d), d.statusChanged('subj-1', 'died')], (d) => d.statusChanged('subj-1', 'died'), ['payload.status']],
  ['putting a subject back on study needs a reason', (d) => [...onStudy(d), d.statusChanged('subj-1', 'withdrawn')], (d) => d.statusChanged('subj-1', 'on-study'), ['reason']],
  ['a visit instance starts once', (d) => [...onStudy(d), d.visitStarted('subj-1', 'u1')], (d) => d.visitStarted('subj-1', 'u1'), ['visitId']],
  ['changing a settled visit status needs a reason', (d) => [...onStudy(d), d.visitStatus('subj-1', 'W4', 'done')], (d) => d.visitStatus('subj-1', 'W4', 'not-done'), ['reason']],
  ['a query id is used once', (d) => [...onStudy(d), d.queryOpened(LAB, 'q1')], (d) => d.queryOpened(LAB, 'q1'), ['payload.queryId']],
  ['an answer needs an open query', (d) => [...onStudy(d), d.queryOpened(LAB, 'q1'), d.queryStep('query.closed', 'subj-1', 'q1')], (d) => d.queryStep('query.answered', 'subj-1', 'q1'), ['type']],
  ['a monitor may close an open query', (d) => [...onStudy(d), d.queryOpened(LAB, 'q1')], (d) => d.queryStep('query.closed', 'subj-1', 'q1'), []],
  ['only a closed query is reopened', (d) => [...onStudy(d), d.queryOpened(LAB, 'q1')], (d) => d.queryStep('query.reopened', 'subj-1', 'q1'), ['type']],
  ['an unknown query cannot be answered', onStudy, (d) => d.queryStep('query.answered', 'subj-1', 'q9'), ['payload.queryId']],
  ['SDV needs a value', onStudy, (d) => d.sdvSet(LAB, 'dev-a-3'), ['itemId']],
  ['SDV names the value shown', withValue, (d) => d.sdvSet(LAB, 'dev-a-1'), ['payload.valueEventId']],
  ['SDV of the value shown is allowed', withValue, (d) => d.sdvSet(LAB, 'dev-a-3'), []],
  ['clearing SDV needs SDV', withValue, (d) => d.sdvCleared(LAB), ['itemId']],
  ['only a completed form is signed at form level', withValue, (d) => d.signed('subj-1', 'form', 's1', { visitId: 'W4', formId: 'labs' }), ['formId']],
  ['a signature id is used once', (d) => [...completed(d), d.signed('subj-1', 'casebook', 's1')], (d) => d.signed('subj-1', 'casebook', 's1'), ['payload.signatureId']],
  ['voiding needs a valid signature and a reason', onStudy, (d) => d.voided('subj-1', 's1'), ['payload.signatureId', 'reason']],
  ['a protocol version is imported once', (d) => [d.protocolImported('a'.repeat(64))], (d) => d.protocolImported('a'.repeat(64)), ['protocolVersion']],
  ['a protocol version never changes content', (d) => [d.protocolImported('a'.repeat(64))], (d) => d.protocolImported('b'.repeat(64)), ['protocolVersion']],
  ['an allocation list is imported once', (d) => [d.allocationImported('l1', 'a'.repeat(64))], (d) => d.allocationImported('l1', 'a'.repeat(64)), ['payload.listId']],
];

describe('domain rules (checkEvent)', () => {
  it.each(CASES)('%s', (_rule, before, draft, expected) => {
    const { p, d } = project(before);
    expect(p.check(draft(d)).map((i) => i.path.join('.'))).toEqual(expected);
  });
});
